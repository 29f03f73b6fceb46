import { normalizeModel, type QualifiedName, type SchemaModel } from '@retort/schema';
import { createScope, scopeModel } from './filter';
import { renameCandidates } from './renames/find-candidates';
import { afterSchemaRenames } from './renames/object-candidates';
import type {
  ColumnRename,
  DecidedRenames,
  DiffFilter,
  ObjectRename,
  RenameCandidates,
  RenameResolvers,
} from './types';

/**
 * The questions a CLI should ask before diffing: each added schema with the dropped schemas;
 * each added table, enum and sequence with its dropped candidates; each added column with the
 * dropped columns of its table. Pass the answers so far as `decided` to get the questions they
 * lead to (a renamed schema's tables, a renamed table's columns).
 */
export function findRenameCandidates(
  current: SchemaModel,
  target: SchemaModel,
  filter?: DiffFilter,
  options: { versionTable?: QualifiedName; decided?: DecidedRenames } = {},
): RenameCandidates {
  const scope = createScope(filter, options.versionTable);
  return renameCandidates(
    scopeModel(normalizeModel(current), scope),
    scopeModel(normalizeModel(target), scope),
    options.decided ?? {},
  );
}

const same = (a: QualifiedName, b: QualifiedName) => a.schema === b.schema && a.name === b.name;

/**
 * Resolvers that answer from a fixed list (the CLI's --rename-* flags, an answers file, a
 * test's expectations): the listed renames are made, every other candidate is left unresolved.
 * `from` may name the object before or after a schema rename of the same list.
 */
export function fixedRenameResolvers(
  renames: DecidedRenames & { columns?: ColumnRename[] },
): Required<RenameResolvers> {
  const schemas = renames.schemas ?? [];
  const object =
    (list: ObjectRename[] | undefined) => (added: QualifiedName, candidates: QualifiedName[]) => {
      const rename = list?.find(
        (r) =>
          same(r.to, added) &&
          candidates.some((c) => same(c, r.from) || same(c, afterSchemaRenames(r.from, schemas))),
      );
      if (rename === undefined) return undefined;
      return (
        candidates.find((c) => same(c, rename.from)) ?? afterSchemaRenames(rename.from, schemas)
      );
    };
  return {
    schema: (added, candidates) =>
      schemas.find((r) => r.to === added && candidates.includes(r.from))?.from,
    table: object(renames.tables),
    enum: object(renames.enums),
    sequence: object(renames.sequences),
    column: (table, added, candidates) => {
      const rename = renames.columns?.find(
        (r) => same(r.table, table) && r.to === added && candidates.includes(r.from),
      );
      return rename?.from;
    },
  };
}
