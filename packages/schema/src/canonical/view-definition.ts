/**
 * A view's query in the form models compare: `pg_get_viewdef`'s text with its line breaks and
 * indentation collapsed to single spaces (outside string literals and quoted identifiers, so
 * the query means the same), trimmed, without the final `;`.
 */
export function canonicalViewDefinition(text: string): string {
  let out = '';
  let quote: string | null = null;
  let space = false;
  for (const char of text.trim()) {
    if (quote !== null) {
      out += char;
      // a doubled quote closes and reopens: the same result as staying inside
      if (char === quote) quote = null;
      continue;
    }
    if (/\s/.test(char)) {
      space = true;
      continue;
    }
    if (space && out !== '') out += ' ';
    space = false;
    if (char === "'" || char === '"') quote = char;
    out += char;
  }
  return out.replace(/\s*;$/, '');
}
