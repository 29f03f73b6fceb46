import { compileOperation, type Statement } from '@retort/ops';
import type { Finding, RecordedCall, Severity } from '../finding';
import { columnChecks } from './column-rules';
import { constraintChecks } from './constraint-rules';
import { indexChecks } from './index-rules';
import { RULES, type RuleId } from './rule-catalog';
import { runChecks, type Checks, type Draft } from './rule-check';
import { tableChecks } from './table-rules';
import { LintState, targetTable } from './table-state';

const checks: Checks = { ...indexChecks, ...constraintChecks, ...columnChecks, ...tableChecks };

export interface LintOptions {
  /** The config sets `lockTimeout`: every run starts with it, so files need not. */
  lockTimeoutConfigured: boolean;
  /** NOT NULL checks validated by earlier files of the same lint run (updated in place). */
  validatedNotNull?: Set<string>;
}

export function finding(rule: RuleId, fields: Omit<Finding, 'rule' | 'severity'>): Finding {
  const severity: Severity = RULES[rule].severity;
  return { rule, severity, ...fields };
}

/** A lock on a table the revision did not create (a new table's FKs lock the tables they reference). */
function takesLock(call: RecordedCall, state: LintState): boolean {
  const { op } = call;
  if (op.kind === 'createTable') {
    return (op.foreignKeys ?? []).some(
      (fk) => !state.isNew({ schema: fk.referencedSchema, name: fk.referencedTable }),
    );
  }
  const table = targetTable(op);
  return table !== null && !state.isNew(table);
}

/** The rules over one revision's upgrade() operations, in the order they were called. */
export function lintOperations(calls: readonly RecordedCall[], options: LintOptions): Finding[] {
  const state = new LintState(options.validatedNotNull ?? new Set(), new Map());
  const findings: Finding[] = [];
  for (const [index, call] of calls.entries()) {
    if (!options.lockTimeoutConfigured && !state.lockTimeoutSet && takesLock(call, state)) {
      state.lockTimeoutSet = true; // reported once, at the first lock
      findings.push(
        finding('missing-lock-timeout', {
          message: `op.${call.op.kind} takes a lock before any lock_timeout is set: while another session holds a conflicting lock it waits without limit, and every later query on the table waits behind it.`,
          hint: "Call `await op.setLockTimeout('5s')` first in upgrade(), or set `lockTimeout` in retort.config.ts.",
          line: call.line,
          operation: index,
          ...withTable(targetTable(call.op)),
        }),
      );
    }
    const drafts: Draft[] = [...outsideBlock(call), ...runChecks(checks, call.op, state)];
    for (const { rule, table, ...text } of drafts) {
      findings.push(
        finding(rule, { ...text, line: call.line, operation: index, ...withTable(table) }),
      );
    }
    state.track(call.op);
  }
  return findings;
}

/** What `upgrade` refuses before it runs anything (migrator/transaction-boundaries.ts), found earlier. */
function outsideBlock(call: RecordedCall): Draft[] {
  if (call.inAutocommitBlock) return [];
  const statement = statementsOf(call.op).find((s) => !s.transactional);
  if (!statement) return [];
  return [
    {
      rule: 'needs-autocommit-block',
      message: `op.${call.op.kind} runs \`${statement.sql}\`, which PostgreSQL cannot run inside a transaction: upgrade refuses the file.`,
      hint: `Wrap it: \`await op.autocommitBlock(async () => { await op.${call.op.kind}(…); });\`.`,
      ...withTable(targetTable(call.op)),
    },
  ];
}

/** An operation the compiler rejects fails in the real run, with its own message. */
function statementsOf(op: RecordedCall['op']): Statement[] {
  try {
    return compileOperation(op);
  } catch {
    return [];
  }
}

function withTable(table: Draft['table'] | null) {
  return table ? { table } : {};
}
