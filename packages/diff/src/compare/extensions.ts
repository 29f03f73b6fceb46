import { opSchema } from '../to-ops/names';
import type { DiffContext } from './context';

/**
 * Creates the extensions the target needs and the database lacks (IF NOT EXISTS: another
 * branch or an administrator may have installed one meanwhile); the downgrade drops them again.
 * Extensions the target does not name are left alone, as the ORMs' own builds do: a database
 * often has some installed by hand (pg_stat_statements, postgis_topology, …). An extension
 * found in another schema than the target names is not moved either.
 */
export function compareExtensions({ plan, working, target }: DiffContext): void {
  const have = new Set(working.extensions.map((e) => e.name));
  for (const extension of target.extensions) {
    if (have.has(extension.name)) continue;
    const schema = opSchema(extension.schema);
    plan.add('createExtensions', {
      kind: 'createExtension',
      name: extension.name,
      ...(schema === undefined ? {} : { schema }),
      ifNotExists: true,
    });
  }
}
