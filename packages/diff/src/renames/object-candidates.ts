import type { Enum, QualifiedName, SchemaModel, Sequence } from '@retort/schema';
import { stableJson } from '../compare/context';
import type { DecidedRenames, ObjectRename, SchemaRename } from '../types';
import {
  applyEnumRename,
  applySchemaRename,
  applySequenceRename,
  applyTableRenameOrMove,
} from './apply-moves';

const key = (t: QualifiedName) => `${t.schema}.${t.name}`;
const nameOf = (o: QualifiedName): QualifiedName => ({ schema: o.schema, name: o.name });

export interface Delta<T> {
  added: T[];
  dropped: T[];
}

/** Schemas only in the target and only in the current model (`public` is always there). */
export function schemaDelta(current: SchemaModel, target: SchemaModel): Delta<string> {
  const have = new Set(current.schemas);
  const want = new Set(target.schemas);
  return {
    added: target.schemas.filter((s) => s !== 'public' && !have.has(s)),
    dropped: current.schemas.filter((s) => s !== 'public' && !want.has(s)),
  };
}

/** Objects (by schema and name) only in `target` (added) and only in `current` (dropped). */
export function objectDelta<T extends QualifiedName>(current: T[], target: T[]): Delta<T> {
  const currentKeys = new Set(current.map(key));
  const targetKeys = new Set(target.map(key));
  return {
    added: target.filter((t) => !currentKeys.has(key(t))),
    dropped: current.filter((c) => !targetKeys.has(key(c))),
  };
}

/** A definition without its name and schema. */
function definition(o: object): string {
  const { schema: _s, name: _n, ...rest } = o as QualifiedName & Record<string, unknown>;
  return stableJson(rest);
}

/** Dropped enums with the same labels, in order. */
export function enumCandidates(added: Enum, dropped: readonly Enum[]): QualifiedName[] {
  return dropped.filter((d) => definition(d) === definition(added)).map(nameOf);
}

/**
 * Dropped sequences with the same type and options. Sequences owned by a column follow their
 * table (and PostgreSQL refuses to move them alone), so they are never candidates.
 */
export function sequenceCandidates(added: Sequence, dropped: readonly Sequence[]): QualifiedName[] {
  if (added.ownedBy !== null) return [];
  return dropped
    .filter((d) => d.ownedBy === null && definition(d) === definition(added))
    .map(nameOf);
}

/** A name given in the database's terms, as it reads once the decided schema renames ran. */
export function afterSchemaRenames(
  name: QualifiedName,
  schemas: readonly SchemaRename[],
): QualifiedName {
  const renamed = schemas.find((s) => s.from === name.schema);
  return renamed === undefined ? name : { schema: renamed.to, name: name.name };
}

/** The renames of one kind, their `from` in the terms of the schema-renamed model. */
export function objectRenames(
  renames: readonly ObjectRename[] | undefined,
  schemas: readonly SchemaRename[],
): ObjectRename[] {
  return (renames ?? []).map((r) => ({ from: afterSchemaRenames(r.from, schemas), to: r.to }));
}

/** A copy of `current` with the decided renames applied: schemas first, then the objects. */
export function withRenames(current: SchemaModel, decided: DecidedRenames): SchemaModel {
  const working = structuredClone(current);
  const schemas = decided.schemas ?? [];
  for (const r of schemas) applySchemaRename(working, r.from, r.to);
  for (const r of objectRenames(decided.tables, schemas))
    applyTableRenameOrMove(working, r.from, r.to);
  for (const r of objectRenames(decided.enums, schemas)) applyEnumRename(working, r.from, r.to);
  for (const r of objectRenames(decided.sequences, schemas))
    applySequenceRename(working, r.from, r.to);
  return working;
}
