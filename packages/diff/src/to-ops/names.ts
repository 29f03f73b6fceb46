/**
 * Operations leave `schema` out for `public` (what migration files would say by hand, and what
 * PostgreSQL resolves with the default search_path); every other schema is spelled out.
 */
export function opSchema(schema: string): string | undefined {
  return schema === 'public' ? undefined : schema;
}

/** The operation fields that place a table-level object. */
export function tableTarget(schema: string, table: string): { table: string; schema?: string } {
  const s = opSchema(schema);
  return s === undefined ? { table } : { table, schema: s };
}

/** The operation fields that name a schema-level object (table, enum, sequence). */
export function objectTarget(schema: string, name: string): { name: string; schema?: string } {
  const s = opSchema(schema);
  return s === undefined ? { name } : { name, schema: s };
}

export function qualifiedKey(schema: string, name: string): string {
  return `${schema}.${name}`;
}
