import { relative, resolve } from 'node:path';
import type { Extension, QualifiedName, SchemaModel } from '@retort/schema';
import { inferExtensions } from '../extensions/infer-extensions';
import { resolveSequenceOptions, truncateIdentifier } from '@retort/schema';
import { isGlob } from '../files/glob';
import { resolveFiles } from '../files/resolve-files';
import { loadUserModule } from '@retort/loader';
import { ModelBuilder } from '../model/assemble-model';
import { canonicalizeExpressions } from '../model/canonicalize-expressions';
import type { ExpressionCanonicalizer } from '../model/expression-sites';
import { validateModel } from '../model/validate-model';
import { collectExports, emptyExports, type DrizzleExports } from './collect-exports';
import type { DrizzleTableConfig } from './constraints';
import { drizzleRuntimeFor, type DrizzleRuntime } from './drizzle-runtime';
import { mapTable } from './map-table';
import type { DrizzlePolicy } from './policies';
import { mapRole } from './roles';
import { noDrizzleObjects } from './drizzle-errors';
import { mapView, viewConfig } from './views';

export interface ExtractDrizzleOptions {
  /** Schema modules: paths or globs, relative to `cwd`. */
  files: string | readonly string[];
  cwd: string;
  /** drizzle's `casing` option (as given to `drizzle()` and drizzle-kit). */
  casing?: 'snake_case' | 'camelCase';
  /** Extensions declared in the config; those the model uses are inferred (inferExtensions). */
  extensions?: readonly Extension[];
  /** Server-side expression canonicaliser; without it the pure best-effort rules apply. */
  canonicalize?: ExpressionCanonicalizer;
  /** Receives notes about objects that were skipped (views, unlinked policies, roles left alone). */
  onNote?: (note: string) => void;
  /** `false`: roles are left to the DBA; pgRole exports are reported and not managed. */
  manageRoles?: boolean;
  /** Relations the schema names but retort must leave alone (`.existing()` views). */
  onUnmanaged?: (relation: QualifiedName) => void;
}

/** Imports the Drizzle schema module(s) and describes the tables, enums and sequences they export. */
export async function extractDrizzle(options: ExtractDrizzleOptions): Promise<SchemaModel> {
  const patterns = typeof options.files === 'string' ? [options.files] : options.files;
  const files = resolveFiles(patterns, options.cwd, 'Drizzle schema');
  const found = emptyExports();
  const seen = new Set<unknown>();
  let rt: DrizzleRuntime | undefined;
  for (const file of files) {
    const exports = moduleExports(loadUserModule(file));
    rt ??= drizzleRuntimeFor(file);
    const before = found.recognised;
    collectExports(rt, display(file, options.cwd), exports, found, seen);
    const named = patterns.some((p) => !isGlob(p) && resolve(options.cwd, p) === file);
    if (found.recognised === before && named) {
      throw noDrizzleObjects(display(file, options.cwd), Object.keys(exports));
    }
  }
  if (!rt || found.recognised === 0) throw noDrizzleObjects(patterns.join(', '), []);
  for (const note of found.skipped) options.onNote?.(`Skipped ${note}: retort does not manage it yet.`);
  const model = buildModel(rt, found, options);
  validateModel(model);
  await canonicalizeExpressions(model, options.canonicalize);
  return model;
}

function buildModel(rt: DrizzleRuntime, found: DrizzleExports, options: ExtractDrizzleOptions): SchemaModel {
  const { casing } = options;
  const builder = new ModelBuilder();
  builder.addExtensions(options.extensions ?? []);
  addRoles(builder, found, options);
  const linked = linkedPolicies(found, options.onNote);
  for (const s of found.schemas) builder.addSchema(s);
  for (const e of found.enums) {
    builder.addEnum({ schema: e.schema ?? 'public', name: e.enumName, values: e.values }, `export ${e.exportName} in ${e.file}`);
  }
  const takenRelations = new Map<string, Set<string>>();
  const configs = found.tables.map((t) => ({ ...t, config: rt.pg.getTableConfig(t.table as never) as unknown as DrizzleTableConfig }));
  for (const { config } of configs) relationsIn(takenRelations, config.schema ?? 'public').add(config.name);
  for (const { sequence } of found.sequences) relationsIn(takenRelations, sequence.schema ?? 'public').add(sequence.seqName);
  for (const { config, exportName, file, table: drizzleTable } of configs) {
    const origin = `export ${exportName} in ${file}`;
    const { table, sequences } = mapTable(config, { rt, casing, takenRelations }, linked.get(drizzleTable));
    builder.addTable(table, origin);
    for (const s of sequences) builder.addSequence(s, origin);
    addColumnEnums(builder, config, origin);
  }
  for (const { sequence: s, exportName, file } of found.sequences) {
    const o = s.seqOptions ?? {};
    builder.addSequence(
      {
        schema: s.schema ?? 'public', name: truncateIdentifier(s.seqName), type: 'bigint', ownedBy: null,
        ...resolveSequenceOptions('bigint', {
          start: o.startWith as string, increment: o.increment as string, minValue: o.minValue as string,
          maxValue: o.maxValue as string, cache: o.cache as string, cycle: o.cycle as boolean,
        }),
      },
      `export ${exportName} in ${file}`,
    );
  }
  addViews(builder, rt, found, options);
  builder.addExtensions(inferExtensions(builder.build()));
  return builder.build();
}

/** Views and materialized views; `.existing()` ones are reported and left out of the comparison. */
function addViews(builder: ModelBuilder, rt: DrizzleRuntime, found: DrizzleExports, options: ExtractDrizzleOptions): void {
  for (const v of found.views) {
    const config = viewConfig(rt, v);
    const kind = v.materialized ? 'materialized view' : 'view';
    if (config.isExisting) {
      options.onNote?.(`Skipped ${kind} "${config.name}" (export ${v.exportName}): it is declared .existing(), so retort leaves it alone.`);
      options.onUnmanaged?.({ schema: config.schema ?? 'public', name: config.name });
    } else builder.addView(mapView(rt, options.casing, v), `export ${v.exportName} in ${v.file}`);
  }
}

function addRoles(builder: ModelBuilder, found: DrizzleExports, options: ExtractDrizzleOptions): void {
  for (const { role, exportName, file } of found.roles) {
    const what = `role "${role.name}" (export ${exportName})`;
    if (options.manageRoles === false) options.onNote?.(`Skipped ${what}: roles are left to the DBA (manageRoles: false in the retort config).`);
    else if (role._existing === true) options.onNote?.(`Skipped ${what}: it is declared .existing(), so retort leaves it alone.`);
    else builder.addRole(mapRole(role), `export ${exportName} in ${file}`);
  }
}

/** Top-level policies by the table they are linked to; unlinked ones are reported (drizzle-kit skips them too). */
function linkedPolicies(found: DrizzleExports, onNote: ExtractDrizzleOptions['onNote']): Map<unknown, DrizzlePolicy[]> {
  const byTable = new Map<unknown, DrizzlePolicy[]>();
  const tables = new Set(found.tables.map((t) => t.table));
  for (const { policy, exportName } of found.policies) {
    const table = policy._linkedTable;
    if (table === undefined || !tables.has(table)) {
      const why = table === undefined ? 'it is not linked to a table (use .link(table))' : 'the table it is linked to is not exported';
      onNote?.(`Skipped policy "${policy.name}" (export ${exportName}): ${why}.`);
      continue;
    }
    byTable.set(table, [...(byTable.get(table) ?? []), policy]);
  }
  return byTable;
}

/** Enums used by a column but not exported are still part of the schema (their object carries the values). */
function addColumnEnums(builder: ModelBuilder, config: DrizzleTableConfig, origin: string): void {
  for (const column of config.columns) {
    let base = column;
    while (base.baseColumn) base = base.baseColumn;
    const e = base.enum as { enumName: string; schema?: string; enumValues?: string[] } | undefined;
    if (e && !builder.hasEnum(e.schema ?? 'public', e.enumName)) {
      builder.addEnum({ schema: e.schema ?? 'public', name: e.enumName, values: [...(e.enumValues ?? [])] }, origin);
    }
  }
}

function relationsIn(map: Map<string, Set<string>>, schema: string): Set<string> {
  let set = map.get(schema);
  if (!set) map.set(schema, (set = new Set()));
  return set;
}

/** A module's named exports, with a plain-object default export flattened in. */
function moduleExports(mod: unknown): Record<string, unknown> {
  if (mod === null || typeof mod !== 'object') return {};
  const out: Record<string, unknown> = { ...(mod as Record<string, unknown>) };
  const def = out.default;
  if (def && typeof def === 'object' && Object.getPrototypeOf(def) === Object.prototype) {
    delete out.default;
    for (const [k, v] of Object.entries(def)) if (!(k in out)) out[k] = v;
  }
  return out;
}

function display(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') ? file : rel;
}
