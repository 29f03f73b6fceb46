import type { SchemaModel } from './model';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Lists every difference between two models as a readable path, for test failures and
 * reports: `tables[public.users].columns[email].type: 'text' ≠ 'character varying(255)'`.
 * Items of named lists are matched by name (tables etc. by `schema.name`), not by position;
 * a position difference in an ordered list (columns) is reported as an `order` entry.
 */
export function diffPaths(a: SchemaModel, b: SchemaModel): string[] {
  const out: string[] = [];
  walk(a as unknown as Json, b as unknown as Json, '', out);
  return out;
}

export function modelsEqual(a: SchemaModel, b: SchemaModel): boolean {
  return diffPaths(a, b).length === 0;
}

function keyOf(item: Json): string | null {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return null;
  if (typeof item.name !== 'string') return null;
  return typeof item.schema === 'string' ? `${item.schema}.${item.name}` : item.name;
}

function walk(a: Json, b: Json, path: string, out: string[]): void {
  if (Array.isArray(a) && Array.isArray(b)) return walkArray(a, b, path, out);
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const sub = path ? `${path}.${key}` : key;
      if (!(key in b)) out.push(`${sub}: only in first`);
      else if (!(key in a)) out.push(`${sub}: only in second`);
      else walk(a[key]!, b[key]!, sub, out);
    }
    return;
  }
  if (a !== b) out.push(`${path}: ${show(a)} ≠ ${show(b)}`);
}

function walkArray(a: Json[], b: Json[], path: string, out: string[]): void {
  const keysA = a.map(keyOf);
  const keysB = b.map(keyOf);
  if (keysA.some((k) => k === null) || keysB.some((k) => k === null)) {
    if (canonicalJson(a) !== canonicalJson(b)) out.push(`${path}: ${show(a)} ≠ ${show(b)}`);
    return;
  }
  const mapB = new Map(b.map((item, i) => [keysB[i]!, item]));
  const mapA = new Map(a.map((item, i) => [keysA[i]!, item]));
  for (const [key, item] of mapA) {
    const other = mapB.get(key);
    if (other === undefined) out.push(`${path}[${key}]: only in first`);
    else walk(item, other, `${path}[${key}]`, out);
  }
  for (const key of mapB.keys()) if (!mapA.has(key)) out.push(`${path}[${key}]: only in second`);
  const common = (keys: (string | null)[], other: Map<string, Json>) => keys.filter((k) => other.has(k!));
  const orderA = common(keysA, mapB).join(', ');
  const orderB = common(keysB, mapA).join(', ');
  if (orderA !== orderB) out.push(`${path}: order [${orderA}] ≠ [${orderB}]`);
}

/** JSON with object keys sorted: two values that differ only in key order are equal. */
function canonicalJson(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (!isObject(v)) return JSON.stringify(v);
  return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k]!)}`).join(',')}}`;
}

function isObject(v: Json): v is { [key: string]: Json } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function show(v: Json | undefined): string {
  if (typeof v === 'string') return `'${v}'`;
  return JSON.stringify(v);
}
