import { QUOTED_KEYWORDS } from './keywords';

/** PostgreSQL's `quote_ident`: quotes unless the name is lower-case, simple and not a keyword. */
export function quoteIdent(name: string): string {
  if (/^[a-z_][a-z0-9_$]*$/.test(name) && !QUOTED_KEYWORDS.has(name)) return name;
  return `"${name.replace(/"/g, '""')}"`;
}

/** `schema.name`, each part quoted as `quote_ident` would. */
export function quoteQualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/**
 * Splits a possibly qualified SQL name into its parts, folding unquoted parts to lower case
 * as PostgreSQL does: `App."My Type"` → ['app', 'My Type'].
 */
export function parseQualifiedName(text: string): string[] {
  const parts: string[] = [];
  let i = 0;
  const s = text.trim();
  while (i < s.length) {
    if (s[i] === '"') {
      let part = '';
      i++;
      while (i < s.length) {
        if (s[i] === '"' && s[i + 1] === '"') (part += '"'), (i += 2);
        else if (s[i] === '"') break;
        else part += s[i++];
      }
      i++;
      parts.push(part);
    } else {
      const end = s.indexOf('.', i);
      const raw = (end === -1 ? s.slice(i) : s.slice(i, end)).trim();
      parts.push(raw.toLowerCase());
      i = end === -1 ? s.length : end;
    }
    while (s[i] === ' ') i++;
    if (s[i] === '.') i++;
    while (s[i] === ' ') i++;
  }
  return parts;
}
