import { readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

const MAGIC = /[*?[\]{}]/;

/** True when `pattern` contains glob syntax (`*`, `?`, `[…]`, `{a,b}`). */
export function isGlob(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/**
 * Files under `cwd` matching `pattern` (`**`, `*`, `?`, `[abc]`, `{a,b}`), sorted, absolute.
 * node_modules and dot-directories are never walked.
 */
export function globFiles(pattern: string, cwd: string): string[] {
  const absolute = resolve(cwd, pattern).split(sep).join('/');
  const segments = absolute.split('/');
  const firstMagic = segments.findIndex((s) => MAGIC.test(s));
  const root = segments.slice(0, firstMagic).join('/') || '/';
  const matcher = globToRegExp(segments.slice(firstMagic).join('/'));
  const out: string[] = [];
  walk(root, '', matcher, out);
  return out.sort();
}

function walk(dir: string, rel: string, matcher: RegExp, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(join(dir, entry.name), path, matcher, out);
    } else if (matcher.test(path)) {
      out.push(join(dir, entry.name));
    }
  }
}

/** Translates a glob (relative, '/'-separated) to an anchored regular expression. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = glob.indexOf(']', i);
      re += end > i ? `[${glob.slice(i + 1, end).replace(/^!/, '^')}]` : '\\[';
      i = end > i ? end : i;
    } else if (ch === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, end).split(',').map(escapeRe).join('|')})`;
        i = end;
      }
    } else re += escapeRe(ch);
  }
  return new RegExp(`^${re}$`);
}

function escapeRe(s: string): string {
  return s.replace(/[.+^$()|\\/]/g, '\\$&');
}
