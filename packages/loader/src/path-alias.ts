import { resolve } from 'node:path';
import type { TsconfigOptions } from './tsconfig';

/**
 * The absolute paths a bare `request` may stand for under tsconfig `paths`/`baseUrl`, best
 * first (TypeScript's rule: the pattern with the longest prefix before `*` wins).
 */
export function aliasCandidates(request: string, config: TsconfigOptions): string[] {
  const out: string[] = [];
  if (config.paths && config.pathsBase) {
    const match = bestPattern(request, Object.keys(config.paths));
    if (match) {
      for (const target of config.paths[match.pattern] ?? []) {
        out.push(resolve(config.pathsBase, target.replace('*', match.star)));
      }
    }
  }
  if (config.baseUrl) out.push(resolve(config.baseUrl, request));
  return out;
}

function bestPattern(request: string, patterns: string[]): { pattern: string; star: string } | undefined {
  let best: { pattern: string; star: string; prefix: number } | undefined;
  for (const pattern of patterns) {
    const star = pattern.indexOf('*');
    if (star < 0) {
      if (pattern === request) return { pattern, star: '' };
      continue;
    }
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    const fits = request.length >= prefix.length + suffix.length && request.startsWith(prefix) && request.endsWith(suffix);
    if (fits && (!best || prefix.length > best.prefix)) {
      best = { pattern, star: request.slice(prefix.length, request.length - suffix.length), prefix: prefix.length };
    }
  }
  return best;
}
