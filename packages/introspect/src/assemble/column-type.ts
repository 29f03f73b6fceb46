/**
 * The canonical column type from what `format_type` printed: built-in (pg_catalog) types as
 * printed; user-defined types always schema-qualified, whatever the search_path made visible.
 */
export function canonicalColumnType(row: { formatted: string; type_schema: string; q_type_schema: string; q_type_name: string }): string {
  if (row.type_schema === 'pg_catalog') return row.formatted;
  const qualified = `${row.q_type_schema}.${row.q_type_name}`;
  if (row.formatted.startsWith(qualified)) return row.formatted;
  if (row.formatted.startsWith(row.q_type_name)) return qualified + row.formatted.slice(row.q_type_name.length);
  return row.formatted;
}
