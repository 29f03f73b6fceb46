import type { AddColumnOp, DropColumnOp } from '@retort/ops';
import type { Table } from '@retort/schema';
import { dropColumnHazard } from '../hazards/data-loss';
import { notNullWithoutDefaultHazard } from '../hazards/fails-on-data';
import { filledColumnHazard, type ColumnFill } from '../hazards/locking';
import { unresolvedColumnRenameHazard } from '../hazards/unresolved-rename';
import { isVolatileDefault } from '../hazards/volatile';
import type { Hazard } from '../types';
import { columnSpec } from '../to-ops/column-spec';
import { tableTarget } from '../to-ops/names';
import { alterColumnSteps } from './column-alter';
import { mustReplace } from './replaced-columns';
import { nameIdentitySequence } from './identity-sequences';
import { displayName, qualifiedKey, type DiffContext } from './context';

function addColumnHazards(table: string, op: AddColumnOp): Hazard[] {
  const { column } = op;
  const hazards: Hazard[] = [];
  const filled =
    column.default !== undefined ||
    column.identity !== undefined ||
    column.generated !== undefined ||
    column.type.endsWith('serial');
  if (column.nullable === false && !filled)
    hazards.push(notNullWithoutDefaultHazard(table, column.name));
  const fill: ColumnFill | null =
    column.default !== undefined && isVolatileDefault(column.default)
      ? { kind: 'default', expression: column.default }
      : column.generated !== undefined
        ? { kind: 'generated', expression: column.generated }
        : column.identity !== undefined
          ? { kind: 'identity' }
          : column.type.endsWith('serial')
            ? { kind: 'serial' }
            : null;
  if (fill !== null) hazards.push(filledColumnHazard(table, column.name, fill));
  return hazards;
}

export function compareColumns(ctx: DiffContext, c: Table, t: Table): void {
  const { plan, working, target } = ctx;
  const name = displayName(t.schema, t.name);
  const wanted = new Map(t.columns.map((col) => [col.name, col]));
  const have = new Map(c.columns.map((col) => [col.name, col]));
  const replaced = t.columns
    .filter((col) => have.has(col.name) && mustReplace(have.get(col.name)!, col))
    .map((col) => col.name);

  for (const col of c.columns) {
    if (wanted.has(col.name) && !replaced.includes(col.name)) continue;
    const op: DropColumnOp = {
      kind: 'dropColumn',
      ...tableTarget(c.schema, c.name),
      column: col.name,
      definition: columnSpec(c.schema, c.name, col, working.sequences),
    };
    const hazards = [dropColumnHazard(name, col.name)];
    const maybe = ctx.unresolvedColumns.get(`${qualifiedKey(t)}.${col.name}`);
    if (maybe !== undefined) hazards.push(unresolvedColumnRenameHazard(name, col.name, maybe));
    plan.add('dropColumns', op, hazards);
  }
  for (const col of t.columns) {
    const current = have.get(col.name);
    if (current !== undefined && !replaced.includes(col.name)) {
      for (const step of alterColumnSteps(t, current, col))
        plan.add('alterTables', step.op, step.hazards);
      if (current.identity === null && col.identity !== null) {
        nameIdentitySequence(ctx, t.schema, t.name, col.name, col.identity.sequenceName);
      }
      continue;
    }
    const op: AddColumnOp = {
      kind: 'addColumn',
      ...tableTarget(t.schema, t.name),
      column: columnSpec(t.schema, t.name, col, target.sequences),
    };
    plan.add('alterTables', op, addColumnHazards(name, op));
    if (col.identity !== null)
      nameIdentitySequence(ctx, t.schema, t.name, col.name, col.identity.sequenceName);
  }
}
