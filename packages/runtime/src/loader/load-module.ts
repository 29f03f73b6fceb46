import { addResolveFallback, installRequireHook, loadModule as load } from '@retort/loader';

export { addResolveFallback, installRequireHook };

/** Loads a user's file (config, migration) by absolute path; `what` names it in errors. */
export function loadModule(file: string, what: string): Promise<Record<string, unknown>> {
  return load(file, what);
}
