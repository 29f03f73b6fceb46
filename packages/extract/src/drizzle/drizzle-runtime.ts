import { RetortError } from '@retort/errors';
import { userRequire } from '@retort/loader';

type DrizzleOrm = typeof import('drizzle-orm');
type PgCore = typeof import('drizzle-orm/pg-core');
type Casing = typeof import('drizzle-orm/casing');

/** The user's own copy of drizzle-orm (so `is(x, PgTable)` and the dialect match their tables). */
export interface DrizzleRuntime {
  orm: DrizzleOrm;
  pg: PgCore;
  casing: Casing;
}

const cache = new Map<string, DrizzleRuntime>();

export function drizzleRuntimeFor(schemaFile: string): DrizzleRuntime {
  const req = userRequire(schemaFile);
  let key: string;
  try {
    key = req.resolve('drizzle-orm');
  } catch (cause) {
    throw new RetortError('DRIZZLE_NOT_FOUND', `drizzle-orm cannot be resolved from ${schemaFile}.`, {
      hint: 'Install drizzle-orm in the project that holds your schema (retort uses your copy).',
      cause,
    });
  }
  const hit = cache.get(key);
  if (hit) return hit;
  const runtime: DrizzleRuntime = {
    orm: req('drizzle-orm') as DrizzleOrm,
    pg: req('drizzle-orm/pg-core') as PgCore,
    casing: req('drizzle-orm/casing') as Casing,
  };
  cache.set(key, runtime);
  return runtime;
}
