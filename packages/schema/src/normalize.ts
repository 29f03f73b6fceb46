import { SCHEMA_MODEL_VERSION, type SchemaModel, type Table, type View } from './model';

const byName = <T extends { name: string }>(a: T, b: T): number => compareText(a.name, b.name);
const byQualified = <T extends { schema: string; name: string }>(a: T, b: T): number =>
  compareText(a.schema, b.schema) || compareText(a.name, b.name);

/** Code-point order, independent of locale (what both sides must agree on). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An empty PostgreSQL model. */
export function emptyModel(): SchemaModel {
  return { version: SCHEMA_MODEL_VERSION, dialect: 'postgresql', schemas: [], tables: [], enums: [], domains: [], sequences: [], extensions: [], roles: [], views: [] };
}

/**
 * Returns a copy with every unordered list sorted (schemas, tables, enums, domains, sequences
 * by (schema, name); extensions, constraints and indexes by name). Ordered lists are left alone.
 */
export function normalizeModel(model: SchemaModel): SchemaModel {
  return {
    version: model.version,
    dialect: model.dialect,
    schemas: [...new Set(model.schemas)].sort(compareText),
    tables: model.tables.map(normalizeTable).sort(byQualified),
    enums: model.enums.map((e) => ({ ...e, values: [...e.values] })).sort(byQualified),
    domains: model.domains.map((d) => ({ ...d, checks: [...d.checks].sort(byName) })).sort(byQualified),
    sequences: model.sequences.map((s) => ({ ...s })).sort(byQualified),
    extensions: model.extensions.map((e) => ({ ...e })).sort(byName),
    roles: model.roles.map((r) => ({ ...r })).sort(byName),
    views: (model.views ?? []).map(normalizeView).sort(byQualified),
  };
}

function normalizeView(view: View): View {
  return {
    ...view,
    with: [...view.with].sort(compareText),
    indexes: [...view.indexes].sort(byName),
    columns: [...view.columns],
    dependsOn: view.dependsOn
      .map((d) => ({ ...d, columns: [...d.columns].sort(compareText) }))
      .sort(byQualified),
  };
}

function normalizeTable(table: Table): Table {
  return {
    ...table,
    columns: [...table.columns],
    foreignKeys: [...table.foreignKeys].sort(byName),
    uniques: [...table.uniques].sort(byName),
    checks: [...table.checks].sort(byName),
    indexes: [...table.indexes].sort(byName),
    exclusions: [...table.exclusions].sort(byName),
    policies: table.policies.map((p) => ({ ...p, to: [...p.to].sort(compareText) })).sort(byName),
  };
}
