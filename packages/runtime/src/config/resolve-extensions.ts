import { RetortError } from '@retort/errors';

export type ExtensionEntry = string | { name: string; schema?: string };

/** `schema.extensions`: names, or `{ name, schema }`; the schema defaults to public. */
export function resolveExtensions(file: string, value: unknown): { name: string; schema: string }[] {
  if (value === undefined) return [];
  const bad = (): never => {
    throw new RetortError('BAD_CONFIG', `${file}: "schema.extensions" must be an array of extension names or { name, schema } objects.`, {
      hint: "For example schema: { drizzle: './src/db/schema.ts', extensions: ['pg_trgm', { name: 'postgis', schema: 'gis' }] }.",
    });
  };
  if (!Array.isArray(value)) return bad();
  return value.map((entry: unknown) => {
    if (typeof entry === 'string' && entry.trim() !== '') return { name: entry, schema: 'public' };
    if (typeof entry !== 'object' || entry === null) return bad();
    const { name, schema, ...rest } = entry as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '' || Object.keys(rest).length > 0) return bad();
    if (schema !== undefined && (typeof schema !== 'string' || schema.trim() === '')) return bad();
    return { name, schema: (schema as string | undefined) ?? 'public' };
  });
}
