/** `varchar(n)` → { base: 'varchar', length: n }; `character varying` spells varchar too. */
function parseType(type: string): { base: string; length: number | null } {
  const t = type
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^character varying\b/, 'varchar');
  const match = /^(varchar|text)(?:\s*\((\d+)\))?$/.exec(t);
  if (!match) return { base: t, length: null };
  return { base: match[1]!, length: match[2] === undefined ? null : Number(match[2]) };
}

/**
 * The changes PostgreSQL makes without rewriting the table or its indexes: varchar to text,
 * and varchar to a longer varchar (or unbounded). Everything else is assumed to rewrite.
 */
export function isBinaryCoercible(from: string, to: string, using: string | undefined): boolean {
  if (using !== undefined) return false;
  const a = parseType(from);
  const b = parseType(to);
  if (a.base !== 'varchar' && a.base !== 'text') return false;
  if (b.base === 'text') return a.base === 'varchar' || a.base === 'text';
  if (b.base !== 'varchar' || a.base !== 'varchar') return false;
  return b.length === null || (a.length !== null && b.length >= a.length);
}
