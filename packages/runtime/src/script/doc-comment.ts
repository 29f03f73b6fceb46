/** The leading `/** … *\/` comment of a migration file: its text and where the code starts. */
export interface DocComment {
  /** The comment's lines without the `*` gutter, trimmed. '' when there is none. */
  readonly text: string;
  /** Index just past the comment (0 when there is none). */
  readonly end: number;
}

/**
 * Finds the first doc comment before any code. Shebangs, blank lines, `//` comments and
 * plain `/*` comments before it are skipped.
 */
export function readLeadingDocComment(source: string): DocComment {
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (source.startsWith('#!', i)) i = lineEnd(source, i);
  for (;;) {
    while (i < source.length && /\s/.test(source[i] as string)) i++;
    if (source.startsWith('//', i)) {
      i = lineEnd(source, i);
    } else if (source.startsWith('/**', i) && !source.startsWith('/**/', i)) {
      const close = source.indexOf('*/', i + 3);
      if (close === -1) return { text: '', end: 0 };
      return { text: cleanDoc(source.slice(i + 3, close)), end: close + 2 };
    } else if (source.startsWith('/*', i)) {
      const close = source.indexOf('*/', i + 2);
      if (close === -1) return { text: '', end: 0 };
      i = close + 2;
    } else {
      return { text: '', end: 0 };
    }
  }
}

function lineEnd(source: string, from: number): number {
  const nl = source.indexOf('\n', from);
  return nl === -1 ? source.length : nl + 1;
}

function cleanDoc(body: string): string {
  const lines = body.split(/\r?\n/).map((line) => line.replace(/^\s*\*? ?/, '').trimEnd());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/** The value of a `Key: value` line in a doc comment (e.g. `Create Date`), or null. */
export function docField(doc: string, key: string): string | null {
  for (const line of doc.split('\n')) {
    if (line.startsWith(`${key}:`)) return line.slice(key.length + 1).trim() || null;
  }
  return null;
}
