import type { BodyEntry } from '@retort/codegen';
import { downgradeFor, type DiffEntry, type Hazard } from '@retort/diff';
import type { TableSize } from '@retort/introspect';
import type { Operation } from '@retort/ops';
import { onlineForm } from './online-forms';
import { withTableSize } from './sized-hazards';

export interface PlanOptions {
  /** 'online' writes the lock-safe forms for tables that exist before the revision. */
  plan: 'online' | 'simple';
  /** Written first in both bodies as op.setLockTimeout(…); null writes none. */
  lockTimeout: string | null;
  /** `schema.name` of the tables that exist before and after the revision. */
  existingTables: ReadonlySet<string>;
  /** `schema.name` → size, for hazards. */
  sizes: ReadonlyMap<string, TableSize>;
}

/** The table an operation works on, as `schema.name`, or null. */
function tableOf(op: Operation): string | null {
  if (!('table' in op) || typeof op.table !== 'string') return null;
  const schema = 'schema' in op && typeof op.schema === 'string' ? op.schema : 'public';
  return `${schema}.${op.table}`;
}

function planEntry(op: Operation, hazards: readonly Hazard[], options: PlanOptions): BodyEntry[] {
  const table = tableOf(op);
  const sized =
    table === null ? [...hazards] : withTableSize(hazards, table, options.sizes.get(table));
  const online = options.plan === 'online' && table !== null && options.existingTables.has(table);
  const form = online ? onlineForm(op) : null;
  if (form === null) return [{ op, hazards: sized }];
  // the safe form answers the lock hazards; any other hazard (data, failures) stays on its first step
  const kept = sized.filter((h) => h.code !== 'long-lock');
  return form.map((step, i) => ({ ...step, hazards: i === 0 ? kept : [] }));
}

function lockTimeoutEntry(timeout: string): BodyEntry {
  return {
    op: { kind: 'setLockTimeout', timeout },
    note: 'Give up on a lock after this long instead of queueing every query on the table behind it; the runner retries.',
  };
}

/**
 * The upgrade and downgrade bodies of a generated revision. Under the online plan, an
 * operation on a table that already exists takes its lock-safe form (see onlineForm); tables
 * created or dropped by the revision keep the plain form. The downgrade is the reverse of the
 * plain upgrade, planned the same way, so it is an exact reverse in the same style.
 */
export function planBodies(
  entries: readonly DiffEntry[],
  options: PlanOptions,
): { upgrade: BodyEntry[]; downgrade: BodyEntry[] } {
  const upgrade = entries.flatMap((entry) => planEntry(entry.op, entry.hazards, options));
  const downgrade = downgradeFor(entries).flatMap((step) =>
    'irreversible' in step ? [step] : planEntry(step.op, [], options),
  );
  const head = (body: BodyEntry[]) =>
    options.lockTimeout === null || body.length === 0
      ? body
      : [lockTimeoutEntry(options.lockTimeout), ...body];
  return { upgrade: head(upgrade), downgrade: head(downgrade) };
}
