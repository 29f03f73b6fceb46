/** Double-quotes an identifier, doubling embedded quotes: `order` → `"order"`, `a"b` → `"a""b"`. */
export function quoteIdent(name: string): string {
  if (name.length === 0) throw new TypeError('An SQL identifier cannot be empty');
  if (name.includes('\0')) throw new TypeError('An SQL identifier cannot contain a NUL character');
  return `"${name.replace(/"/g, '""')}"`;
}

/** Single-quotes a string literal (standard_conforming_strings: backslashes are plain characters). */
export function quoteLiteral(value: string): string {
  if (value.includes('\0'))
    throw new TypeError('An SQL string literal cannot contain a NUL character');
  return `'${value.replace(/'/g, "''")}'`;
}

/** `"schema"."name"`, or `"name"` without a schema. Names are never split on dots. */
export function qualify(name: string, schema?: string): string {
  return schema === undefined ? quoteIdent(name) : `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/** `("a", "b")` */
export function columnList(columns: readonly string[]): string {
  return `(${columns.map(quoteIdent).join(', ')})`;
}
