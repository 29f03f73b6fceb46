import { nextvalDefault, type SchemaModel, type Table } from '@retort/schema';
import type { Plan } from '../order/plan';
import type { Operation } from '@retort/ops';
import { renameConstraintOp, renameIndexOp, renameSequenceOp } from '../to-ops/rename-op';
import { stableJson } from '../compare/context';
import { findTable } from './apply-renames';

interface Named {
  name: string;
}

/** Same definition under another name: the JSON of everything but the name. */
function signature(kind: string, item: Named): string {
  const { name: _name, ...rest } = item as Named & Record<string, unknown>;
  return `${kind}:${stableJson(rest)}`;
}

/**
 * Pairs objects only in `current` with objects only in `target` that have the same definition,
 * when the pairing is one to one. Returns [current, target name] pairs.
 */
function matchByDefinition<T extends Named>(
  kind: string,
  current: T[],
  target: T[],
): [T, string][] {
  const targetNames = new Set(target.map((t) => t.name));
  const currentNames = new Set(current.map((c) => c.name));
  const gone = current.filter((c) => !targetNames.has(c.name));
  const come = target.filter((t) => !currentNames.has(t.name));
  const pairs: [T, string][] = [];
  for (const c of gone) {
    const sig = signature(kind, c);
    const same = come.filter((t) => signature(kind, t) === sig);
    const rivals = gone.filter((g) => signature(kind, g) === sig);
    if (same.length === 1 && rivals.length === 1) pairs.push([c, same[0]!.name]);
  }
  return pairs;
}

function constraintsOf(table: Table): [string, Named[]][] {
  return [
    ['primaryKey', table.primaryKey === null ? [] : [table.primaryKey]],
    ['unique', table.uniques],
    ['check', table.checks],
    ['foreignKey', table.foreignKeys],
  ];
}

function emit(plan: Plan, rename: Operation): void {
  plan.add('renames', rename);
}

function renameTableDependents(plan: Plan, c: Table, t: Table): void {
  const targetConstraints = new Map(constraintsOf(t));
  for (const [kind, items] of constraintsOf(c)) {
    for (const [item, to] of matchByDefinition(kind, items, targetConstraints.get(kind) ?? [])) {
      emit(plan, renameConstraintOp(c.schema, c.name, item.name, to));
      item.name = to;
    }
  }
  for (const [index, to] of matchByDefinition('index', c.indexes, t.indexes)) {
    emit(plan, renameIndexOp(c.schema, index.name, to));
    index.name = to;
  }
  for (const column of c.columns) {
    const wanted = t.columns.find((x) => x.name === column.name)?.identity;
    if (
      column.identity === null ||
      wanted == null ||
      wanted.sequenceName === column.identity.sequenceName
    )
      continue;
    emit(plan, renameSequenceOp(c.schema, column.identity.sequenceName, wanted.sequenceName));
    column.identity = { ...column.identity, sequenceName: wanted.sequenceName };
  }
}

function renameOwnedSequences(plan: Plan, working: SchemaModel, target: SchemaModel): void {
  const names = (m: SchemaModel, schema: string) =>
    new Set(m.sequences.filter((s) => s.schema === schema).map((s) => s.name));
  // the target is not renamed here: its names are gathered once per schema
  const targetNames = new Map<string, Set<string>>();
  const inTarget = (schema: string, name: string) => {
    if (!targetNames.has(schema)) targetNames.set(schema, names(target, schema));
    return targetNames.get(schema)!.has(name);
  };
  for (const sequence of working.sequences) {
    const owner = sequence.ownedBy;
    if (owner === null || inTarget(sequence.schema, sequence.name)) continue;
    const wanted = target.sequences.find(
      (s) =>
        s.schema === sequence.schema &&
        s.ownedBy?.table === owner.table &&
        s.ownedBy.column === owner.column,
    );
    if (wanted === undefined || names(working, sequence.schema).has(wanted.name)) continue;
    emit(plan, renameSequenceOp(sequence.schema, sequence.name, wanted.name));
    const from = nextvalDefault(sequence.schema, sequence.name);
    const to = nextvalDefault(sequence.schema, wanted.name);
    for (const column of findTable(working, { schema: sequence.schema, name: owner.table })
      ?.columns ?? []) {
      if (column.default === from) column.default = to;
    }
    sequence.name = wanted.name;
  }
}

/**
 * Constraints, indexes and sequences whose name is all that changed (a renamed table's
 * `users_pkey` that should now be `members_pkey`, or any other naming scheme) are renamed
 * rather than dropped and rebuilt. Mutates `working`, the current model with renames applied.
 */
export function renameDependents(plan: Plan, working: SchemaModel, target: SchemaModel): void {
  for (const t of target.tables) {
    const c = findTable(working, t);
    if (c !== undefined) renameTableDependents(plan, c, t);
  }
  renameOwnedSequences(plan, working, target);
}
