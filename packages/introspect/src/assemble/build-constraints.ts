import type { CheckConstraint, ExclusionConstraint, ForeignKey, ForeignKeyAction, PrimaryKey, UniqueConstraint } from '@retort/schema';
import { compareText } from '@retort/schema';
import type { ConstraintRow } from '../queries/constraints-query';

const ACTIONS: Record<string, ForeignKeyAction> = {
  a: 'no action',
  r: 'restrict',
  c: 'cascade',
  n: 'set null',
  d: 'set default',
};
const MATCH: Record<string, ForeignKey['match']> = { s: 'simple', f: 'full', p: 'partial' };

export interface TableConstraints {
  primaryKey: PrimaryKey | null;
  foreignKeys: ForeignKey[];
  uniques: UniqueConstraint[];
  checks: CheckConstraint[];
  exclusions: ExclusionConstraint[];
}

export function buildConstraints(rows: readonly ConstraintRow[]): TableConstraints {
  const result: TableConstraints = { primaryKey: null, foreignKeys: [], uniques: [], checks: [], exclusions: [] };
  for (const row of rows) {
    if (row.type === 'p') result.primaryKey = { name: row.name, columns: row.columns };
    else if (row.type === 'u') result.uniques.push(unique(row));
    else if (row.type === 'f') result.foreignKeys.push(foreignKey(row));
    else if (row.type === 'x') result.exclusions.push(exclusion(row));
    else result.checks.push({ name: row.name, expression: row.expression ?? '' });
  }
  const byName = (a: { name: string }, b: { name: string }) => compareText(a.name, b.name);
  result.foreignKeys.sort(byName);
  result.uniques.sort(byName);
  result.checks.sort(byName);
  result.exclusions.sort(byName);
  return result;
}

function unique(row: ConstraintRow): UniqueConstraint {
  return {
    name: row.name,
    columns: row.columns,
    nullsNotDistinct: row.nulls_not_distinct,
    deferrable: row.deferrable,
    initiallyDeferred: row.deferred,
  };
}

function foreignKey(row: ConstraintRow): ForeignKey {
  return {
    name: row.name,
    columns: row.columns,
    referencedSchema: row.ref_schema ?? '',
    referencedTable: row.ref_table ?? '',
    referencedColumns: row.ref_columns,
    onDelete: ACTIONS[row.on_delete] ?? 'no action',
    onUpdate: ACTIONS[row.on_update] ?? 'no action',
    match: MATCH[row.match] ?? 'simple',
    deferrable: row.deferrable,
    initiallyDeferred: row.deferred,
  };
}

/** pg_get_constraintdef prints 'EXCLUDE USING … [WHERE (…)] [DEFERRABLE] [INITIALLY DEFERRED]'. */
function exclusion(row: ConstraintRow): ExclusionConstraint {
  let expression = (row.expression ?? '').replace(/^EXCLUDE /, '');
  if (row.deferred) expression = expression.replace(/ INITIALLY DEFERRED$/, '');
  if (row.deferrable) expression = expression.replace(/ DEFERRABLE$/, '');
  return { name: row.name, expression, deferrable: row.deferrable, initiallyDeferred: row.deferred };
}
