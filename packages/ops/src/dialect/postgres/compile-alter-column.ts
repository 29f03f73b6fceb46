import type { IdentitySpec } from '../../operations/column-spec';
import type { AlterColumnOp } from '../../operations/column-ops';
import { qualify, quoteIdent } from './quote';
import { columnComment } from './render-comment';
import { renderIdentity } from './render-column';
import { sequenceOptionClauses } from './render-sequence-options';
import { statement, type Statement } from './statement';

/** PostgreSQL's values for identity options left unset (START: see startOf). */
const RESET = { increment: 1, minValue: null, maxValue: null, cache: 1, cycle: false };

/** An unset START is MINVALUE when ascending, MAXVALUE when descending (1 and -1 unless set). */
function startOf(spec: Omit<IdentitySpec, 'always'>): string {
  if (spec.start !== undefined) return String(spec.start);
  const ascending = BigInt(spec.increment ?? 1) > 0n;
  return String((ascending ? spec.minValue : spec.maxValue) ?? (ascending ? 1 : -1));
}

function identityClauses(
  identity: IdentitySpec | null,
  existing: IdentitySpec | null | undefined,
): string[] {
  if (identity === null) return existing === null ? [] : ['DROP IDENTITY'];
  if (existing === null || existing === undefined) return [`ADD ${renderIdentity(identity)}`];
  const { always, ...options } = identity;
  const target: Record<string, unknown> = { ...RESET, ...options, start: startOf(options) };
  const before: Record<string, unknown> = { ...RESET, ...existing, start: startOf(existing) };
  const changed = Object.fromEntries(
    Object.entries(target).filter(
      ([key, value]) => value !== undefined && String(before[key]) !== String(value),
    ),
  );
  const clauses = sequenceOptionClauses(changed).map((clause) => `SET ${clause}`);
  if (always !== existing.always) {
    clauses.unshift(`SET GENERATED ${always ? 'ALWAYS' : 'BY DEFAULT'}`);
  }
  return clauses.length === 0 ? [] : [clauses.join(' ')];
}

function columnClauses(op: AlterColumnOp): string[] {
  const clauses: string[] = [];
  // Without DROP DEFAULT the old default is still there when the type changes, and PostgreSQL
  // refuses to cast it ("default … cannot be cast automatically"); dropping a missing default
  // is harmless, and the new one is set after the type change.
  if (op.type !== undefined && typeof op.default === 'string') clauses.push('DROP DEFAULT');
  if (op.type !== undefined) {
    clauses.push(op.using === undefined ? `TYPE ${op.type}` : `TYPE ${op.type} USING ${op.using}`);
  } else if (op.using !== undefined) {
    throw new TypeError(`alterColumn ${op.table}.${op.column}: "using" needs a new "type"`);
  }
  if (op.default === null) clauses.push('DROP DEFAULT');
  else if (op.default !== undefined) clauses.push(`SET DEFAULT ${op.default}`);
  // Same ALTER TABLE pass, so written order counts: an identity column refuses DROP NOT NULL
  // until its identity is gone, and ADD IDENTITY wants the column NOT NULL first.
  const identity =
    op.identity === undefined ? [] : identityClauses(op.identity, op.existingIdentity);
  if (op.identity === null) clauses.push(...identity);
  if (op.nullable !== undefined) clauses.push(op.nullable ? 'DROP NOT NULL' : 'SET NOT NULL');
  if (op.identity !== null) clauses.push(...identity);
  return clauses;
}

/**
 * One ALTER TABLE with an ALTER COLUMN clause per changed aspect (PostgreSQL runs the
 * subcommands in passes: DROP DEFAULT before TYPE, SET DEFAULT after), then the comment,
 * then the rename as its own statement.
 */
export function compileAlterColumn(op: AlterColumnOp): Statement[] {
  const table = qualify(op.table, op.schema);
  const column = quoteIdent(op.column);
  const clauses = columnClauses(op).map((clause) => `ALTER COLUMN ${column} ${clause}`);
  const statements =
    clauses.length === 0 ? [] : [statement(`ALTER TABLE ${table} ${clauses.join(', ')}`)];
  if (op.comment !== undefined)
    statements.push(columnComment(op.table, op.schema, op.column, op.comment));
  if (op.newName !== undefined) {
    statements.push(
      statement(`ALTER TABLE ${table} RENAME COLUMN ${column} TO ${quoteIdent(op.newName)}`),
    );
  }
  return statements;
}
