import { diff, findRenameCandidates, fixedRenameResolvers, type DiffEntry, type DiffFilter, type RenameCandidates, type RenameResolvers } from '@retort/diff';
import type { Driver, ResolvedConfig } from '@retort/runtime';
import { loadModels, type Models } from './load-models';
import { assertRenamesMatch, type RenameAnswers } from './rename-flags';

export interface CompareOptions {
  /** Renames given up front (--rename-table / --rename-column). */
  renames?: RenameAnswers;
  /**
   * Asked about every remaining dropped/added pair (an interactive prompt); returns the extra
   * renames. Without it, undecided pairs become drop + add with an `unresolved-rename` hazard.
   */
  askRenames?(candidates: RenameCandidates, decided: RenameAnswers): Promise<RenameAnswers>;
  onNote?(note: string): void;
  /** Accept a model that describes nothing even on a first run (`--allow-empty-model`). */
  allowEmptyModel?: boolean;
  /** Compare with this tenant schema in place of `public` (schema-per-tenant). */
  tenantSchema?: string;
}

export interface Comparison extends Models {
  entries: DiffEntry[];
  /** What extraction reported, e.g. "Skipped policy …: it is not linked to a table …". */
  notes: string[];
}

/** Models vs live database → the upgrade operations (what autogenerate, check and diff share). */
export async function compareWithDatabase(config: ResolvedConfig, driver: Driver, options: CompareOptions = {}): Promise<Comparison> {
  const notes: string[] = [];
  const onNote = (note: string) => {
    notes.push(note);
    options.onNote?.(note);
  };
  const models = await loadModels(config, driver, { onNote, allowEmptyModel: options.allowEmptyModel, tenantSchema: options.tenantSchema });
  const scope = diffScope(config);
  const filter = scope.filter;
  // a tenant's version table stands in public, as its schema does
  const versionTable = scope.versionTable.schema === options.tenantSchema ? { ...scope.versionTable, schema: 'public' } : scope.versionTable;
  let renames: RenameAnswers = options.renames ?? { tables: [], columns: [] };
  const candidates = () => findRenameCandidates(models.current, models.target, filter, { versionTable, tableRenames: renames.tables });
  if (renames.tables.length || renames.columns.length) {
    // decided tables drop out of the candidates, so check them against the undecided set,
    // and the columns against the candidates that know about the renamed tables
    const undecided = findRenameCandidates(models.current, models.target, filter, { versionTable });
    assertRenamesMatch({ tables: renames.tables, columns: [] }, undecided);
    assertRenamesMatch({ tables: [], columns: renames.columns }, candidates());
  }
  if (options.askRenames) {
    // tables first: a renamed table's column pairs only appear once the table is matched
    const merge = (extra: RenameAnswers): RenameAnswers => ({
      tables: [...renames.tables, ...extra.tables],
      columns: [...renames.columns, ...extra.columns],
      createdTables: [...(renames.createdTables ?? []), ...(extra.createdTables ?? [])],
      createdColumns: [...(renames.createdColumns ?? []), ...(extra.createdColumns ?? [])],
    });
    renames = merge(await options.askRenames({ tables: candidates().tables, columns: [] }, renames));
    renames = merge(await options.askRenames({ tables: [], columns: candidates().columns }, renames));
  }
  const entries = diff(models.current, models.target, { filter, versionTable, renames: answeredResolvers(renames) });
  return { ...models, entries, notes };
}

/** The version table and object filter of a config, as diff takes them. */
export function diffScope(config: ResolvedConfig): { versionTable: { schema: string; name: string }; filter: DiffFilter } {
  const versionTable = { schema: config.versionTable.schema ?? 'public', name: config.versionTable.name };
  // an empty list in the config means "no restriction", not "nothing"
  const filter = Object.fromEntries(Object.entries(config.filter).filter(([, list]) => list.length > 0));
  return { versionTable, filter };
}

/** The listed renames; pairs answered "created" resolve to null (new); the rest stay undecided. */
function answeredResolvers(answers: RenameAnswers): RenameResolvers {
  const fixed = fixedRenameResolvers(answers);
  const same = (a: { schema: string; name: string }, b: { schema: string; name: string }) => a.schema === b.schema && a.name === b.name;
  return {
    table: (added, candidates) =>
      fixed.table(added, candidates) ?? (answers.createdTables?.some((t) => same(t, added)) ? null : undefined),
    column: (table, added, candidates) =>
      fixed.column(table, added, candidates) ??
      (answers.createdColumns?.some((c) => same(c.table, table) && c.name === added) ? null : undefined),
  };
}
