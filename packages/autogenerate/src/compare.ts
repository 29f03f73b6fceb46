import { diff, findRenameCandidates, type DiffEntry, type DiffFilter, type QualifiedName, type RenameCandidates } from '@retort/diff';
import type { Driver, ResolvedConfig } from '@retort/runtime';
import { loadModels, type Models } from './load-models';
import { answeredResolvers, countQuestions, mergeAnswers, openQuestions, type RenameAnswers } from './rename-answers';
import { assertRenamesMatch } from './rename-flags';
import { unansweredRenamesError } from './unanswered-renames';

export interface CompareOptions {
  /** Renames given up front (--rename-* flags, --renames FILE). */
  renames?: RenameAnswers;
  /**
   * Asked about every remaining dropped/added pair (an interactive prompt); returns the extra
   * renames. Without it, undecided pairs become drop + add with an `unresolved-rename` hazard,
   * or fail the run when `requireAnswers` is set.
   */
  askRenames?(candidates: RenameCandidates, decided: RenameAnswers): Promise<RenameAnswers>;
  /** Refuse to guess: an open rename question fails with UNANSWERED_RENAMES (autogenerate). */
  requireAnswers?: boolean;
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
  const renames = await settleRenames(models, filter, versionTable, options);
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

type Stage = (open: RenameCandidates) => RenameCandidates;
const NONE: RenameCandidates = { schemas: [], tables: [], enums: [], sequences: [], columns: [] };
/** Schemas first, then tables, enums and sequences, then columns: each answer changes the next questions. */
const STAGES: Stage[] = [
  (o) => ({ ...NONE, schemas: o.schemas }),
  (o) => ({ ...NONE, tables: o.tables, enums: o.enums, sequences: o.sequences }),
  (o) => ({ ...NONE, columns: o.columns }),
];

/** Checks the given answers, asks the open questions (in a terminal), refuses open ones when asked to. */
async function settleRenames(
  models: Models,
  filter: DiffFilter,
  versionTable: QualifiedName,
  options: CompareOptions,
): Promise<RenameAnswers> {
  let answers: RenameAnswers = options.renames ?? { tables: [], columns: [] };
  const decided = (a: RenameAnswers) => ({
    schemas: a.schemas,
    tables: a.tables,
    enums: a.enums,
    sequences: a.sequences,
  });
  const candidates = (a: RenameAnswers) =>
    findRenameCandidates(models.current, models.target, filter, {
      versionTable,
      decided: decided(a),
    });
  // each answer is checked against the questions of its stage, asked once the earlier stages are settled
  const given = answers;
  assertRenamesMatch(
    { tables: [], columns: [], schemas: given.schemas, createdSchemas: given.createdSchemas },
    candidates({ tables: [], columns: [] }),
  );
  const objects = {
    tables: given.tables,
    enums: given.enums,
    sequences: given.sequences,
    createdTables: given.createdTables,
    createdEnums: given.createdEnums,
    createdSequences: given.createdSequences,
  };
  assertRenamesMatch(
    { ...objects, columns: [] },
    candidates({ tables: [], columns: [], schemas: given.schemas }),
  );
  assertRenamesMatch(
    { tables: [], columns: given.columns, createdColumns: given.createdColumns },
    candidates(given),
  );
  if (options.askRenames) {
    for (const stage of STAGES) {
      const open = stage(openQuestions(candidates(answers), answers));
      if (countQuestions(open) > 0)
        answers = mergeAnswers(answers, await options.askRenames(open, answers));
    }
  }
  const open = openQuestions(candidates(answers), answers);
  if (options.requireAnswers === true && countQuestions(open) > 0)
    throw unansweredRenamesError(open);
  return answers;
}
