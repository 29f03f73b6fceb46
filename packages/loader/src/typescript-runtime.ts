import type * as TS from 'typescript';

export type TypeScript = typeof TS;

const byPath = new Map<string, TypeScript>();

/** The TypeScript compiler at `path` (see compile-context.ts for which one), loaded on first use only. */
export function loadTypescript(path: string): TypeScript {
  const hit = byPath.get(path);
  if (hit) return hit;
  const ts = require(path) as TypeScript;
  byPath.set(path, ts);
  return ts;
}
