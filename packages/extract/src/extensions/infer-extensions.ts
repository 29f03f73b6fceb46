import { compareText, parseQualifiedName, type Extension, type SchemaModel } from '@retort/schema';
import { EXTENSION_FUNCTIONS, EXTENSION_OPCLASSES, EXTENSION_TYPES } from './extension-catalog';

const CALL = /([A-Za-z_][A-Za-z0-9_]*)\s*\(/g;

/**
 * The extensions a model's own objects need: the types of its columns and domains (citext,
 * vector, geometry, …, in the schema the type is qualified with), the functions its defaults,
 * generated columns, checks and index expressions call (uuid_generate_v4(), …) and the operator
 * classes of its index keys (gin_trgm_ops, …). Sorted by name.
 */
export function inferExtensions(model: SchemaModel): Extension[] {
  const found = new Map<string, string>();
  const add = (name: string | undefined, schema = 'public') => {
    if (name !== undefined && !found.has(name)) found.set(name, schema);
  };
  const expressions: string[] = [];
  for (const table of model.tables) {
    for (const column of table.columns) {
      addType(column.type, add);
      if (column.default !== null) expressions.push(column.default);
      if (column.generated !== null) expressions.push(column.generated.expression);
    }
    for (const check of table.checks) expressions.push(check.expression);
    for (const index of table.indexes) {
      if (index.where !== null) expressions.push(index.where);
      for (const key of index.keys) {
        if (key.expression !== null) expressions.push(key.expression);
        if (key.opclass !== null) addOpclass(key.opclass, add);
      }
    }
  }
  for (const domain of model.domains) {
    addType(domain.type, add);
    if (domain.default !== null) expressions.push(domain.default);
    for (const check of domain.checks) expressions.push(check.expression);
  }
  for (const expression of expressions) {
    for (const [, fn] of expression.matchAll(CALL)) add(match(EXTENSION_FUNCTIONS, fn!.toLowerCase()));
  }
  return [...found].map(([name, schema]) => ({ name, schema })).sort((a, b) => compareText(a.name, b.name));
}

/** Declared extensions first (their schema wins), then the inferred ones; sorted by name. */
export function mergeExtensions(declared: readonly Extension[], inferred: readonly Extension[]): Extension[] {
  const byName = new Map<string, Extension>();
  for (const e of [...declared, ...inferred]) if (!byName.has(e.name)) byName.set(e.name, { ...e });
  return [...byName.values()].sort((a, b) => compareText(a.name, b.name));
}

function addType(type: string, add: (name: string | undefined, schema: string) => void): void {
  const base = type.replace(/(\[\])+$/, '').replace(/\(.*\)$/, '');
  const parts = parseQualifiedName(base);
  if (parts.length === 2) add(EXTENSION_TYPES[parts[1]!], parts[0]!);
}

function addOpclass(opclass: string, add: (name: string | undefined, schema: string) => void): void {
  const parts = parseQualifiedName(opclass);
  add(match(EXTENSION_OPCLASSES, parts[parts.length - 1]!), parts.length === 2 ? parts[0]! : 'public');
}

function match(table: readonly (readonly [RegExp, string])[], name: string): string | undefined {
  return table.find(([pattern]) => pattern.test(name))?.[1];
}
