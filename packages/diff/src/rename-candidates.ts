import { normalizeModel, type QualifiedName, type SchemaModel } from '@retort/schema';
import { createScope, scopeModel } from './filter';
import { renameCandidates } from './renames/find-candidates';
import type {
  ColumnRename,
  DiffFilter,
  RenameCandidates,
  RenameResolvers,
  TableRename,
} from './types';

/**
 * The questions a CLI should ask before diffing: each added table with the dropped tables of
 * its schema, and each added column with the dropped columns of its table. Pass the table
 * answers as `tableRenames` to get the column questions of renamed tables too.
 */
export function findRenameCandidates(
  current: SchemaModel,
  target: SchemaModel,
  filter?: DiffFilter,
  options: { versionTable?: QualifiedName; tableRenames?: TableRename[] } = {},
): RenameCandidates {
  const scope = createScope(filter, options.versionTable);
  return renameCandidates(
    scopeModel(normalizeModel(current), scope),
    scopeModel(normalizeModel(target), scope),
    options.tableRenames ?? [],
  );
}

const same = (a: QualifiedName, b: QualifiedName) => a.schema === b.schema && a.name === b.name;

/**
 * Resolvers that answer from a fixed list (the CLI's --rename-table/--rename-column, a test's
 * expectations): the listed renames are made, every other candidate pair is left unresolved.
 */
export function fixedRenameResolvers(renames: {
  tables?: TableRename[];
  columns?: ColumnRename[];
}): Required<RenameResolvers> {
  return {
    table: (added, candidates) => {
      const rename = renames.tables?.find(
        (r) => same(r.to, added) && candidates.some((c) => same(c, r.from)),
      );
      return rename?.from;
    },
    column: (table, added, candidates) => {
      const rename = renames.columns?.find(
        (r) => same(r.table, table) && r.to === added && candidates.includes(r.from),
      );
      return rename?.from;
    },
  };
}
