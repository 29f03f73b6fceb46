
export interface ParsedIndexKey {
  /** The column when the key is a bare column name (PostgreSQL stores it as a column key). */
  column: string | null;
  /** The expression without its trailing ASC/DESC/NULLS clauses, when not a bare column. */
  expression: string | null;
  order: 'asc' | 'desc';
  nulls: 'first' | 'last';
}

const TRAILING = /\s+(asc|desc)?(?:\s*nulls\s+(first|last))?\s*$/i;
const IDENTIFIER = /^(?:"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_$]*))$/;

/**
 * An index key written as SQL text (Drizzle's `sql\`name desc\``): the trailing ordering is
 * split off, and a bare column name becomes a column key, as PostgreSQL's CREATE INDEX does.
 */
export function parseIndexKeySql(text: string): ParsedIndexKey {
  let body = text.trim();
  let order: 'asc' | 'desc' = 'asc';
  let nulls: 'first' | 'last' | null = null;
  const trailing = TRAILING.exec(` ${body}`);
  if (trailing && (trailing[1] || trailing[2])) {
    order = (trailing[1]?.toLowerCase() as 'asc' | 'desc' | undefined) ?? 'asc';
    nulls = (trailing[2]?.toLowerCase() as 'first' | 'last' | undefined) ?? null;
    body = ` ${body}`.slice(0, trailing.index).trim();
  }
  const resolvedNulls = nulls ?? (order === 'desc' ? 'first' : 'last');
  const ident = IDENTIFIER.exec(body);
  if (ident) {
    const column = ident[1] !== undefined ? ident[1].replace(/""/g, '"') : ident[2]!.toLowerCase();
    return { column, expression: null, order, nulls: resolvedNulls };
  }
  return { column: null, expression: body, order, nulls: resolvedNulls };
}
