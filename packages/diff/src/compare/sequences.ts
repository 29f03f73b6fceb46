import type { AlterSequenceOp, SequenceOptions } from '@retort/ops';
import { detectSerial, type SchemaModel, type Sequence } from '@retort/schema';
import { findTable } from '../renames/apply-renames';
import { objectTarget } from '../to-ops/names';
import { changedSequenceOptions } from '../to-ops/sequence-options';
import {
  createSequenceOp,
  dropSequenceOp,
  ownSequenceOp,
  sequenceOwner,
} from '../to-ops/sequence-op';
import { qualifiedKey, same, type DiffContext } from './context';

/**
 * True when the sequence comes and goes with a serial column that `other` does not have:
 * creating (or dropping) the column as `serial` creates (or drops) the sequence with it.
 */
function ridesOnSerial(sequence: Sequence, model: SchemaModel, other: SchemaModel): boolean {
  const owner = sequence.ownedBy;
  if (owner === null) return false;
  const table = findTable(model, { schema: sequence.schema, name: owner.table });
  const column = table?.columns.find((c) => c.name === owner.column);
  if (table === undefined || column === undefined) return false;
  if (detectSerial(table.schema, table.name, column, model.sequences) === null) return false;
  const otherTable = findTable(other, table);
  return otherTable === undefined || !otherTable.columns.some((c) => c.name === column.name);
}

function alterOp(current: Sequence, target: Sequence): AlterSequenceOp | null {
  const { changes, existing } = changedSequenceOptions(current, target);
  const c: SequenceOptions = { ...changes };
  const e: SequenceOptions = { ...existing };
  if (current.type !== target.type) ((c.as = target.type), (e.as = current.type));
  if (!same(current.ownedBy, target.ownedBy))
    ((c.ownedBy = sequenceOwner(target)), (e.ownedBy = sequenceOwner(current)));
  if (Object.keys(c).length === 0) return null;
  return {
    kind: 'alterSequence',
    ...objectTarget(target.schema, target.name),
    changes: c,
    existing: e,
  };
}

export function compareSequences({ plan, working, target }: DiffContext): void {
  const have = new Map(working.sequences.map((s) => [qualifiedKey(s), s]));
  const want = new Map(target.sequences.map((s) => [qualifiedKey(s), s]));
  for (const s of target.sequences) {
    const current = have.get(qualifiedKey(s));
    if (current !== undefined) {
      const op = alterOp(current, s);
      if (op !== null) plan.add('alterSequences', op);
    } else if (!ridesOnSerial(s, target, working)) {
      plan.add('createTypes', createSequenceOp(s));
      if (s.ownedBy !== null) plan.add('alterSequences', ownSequenceOp(s, null));
    }
  }
  for (const s of working.sequences) {
    if (want.has(qualifiedKey(s)) || ridesOnSerial(s, working, target)) continue;
    if (s.ownedBy !== null) plan.add('releaseSequences', reverseOwn(s));
    plan.add('dropTypes', dropSequenceOp(s));
  }
}

/**
 * OWNED BY NONE first: dropping the owner would otherwise take the sequence along, and the
 * reverse (OWNED BY the column again) restores the ownership on downgrade.
 */
function reverseOwn(s: Sequence): AlterSequenceOp {
  const own = ownSequenceOp(s, null);
  return { ...own, changes: { ownedBy: null }, existing: { ownedBy: sequenceOwner(s) } };
}
