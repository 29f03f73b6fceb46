import { dropSchemaHazard } from '../hazards/data-loss';
import type { DiffContext } from './context';

/** `public` always exists and is never created or dropped. */
export function compareSchemas({ plan, working, target }: DiffContext): void {
  const have = new Set(working.schemas);
  const want = new Set(target.schemas);
  for (const name of target.schemas) {
    if (name !== 'public' && !have.has(name))
      plan.add('createSchemas', { kind: 'createSchema', name });
  }
  for (const name of working.schemas) {
    if (name !== 'public' && !want.has(name))
      plan.add('dropSchemas', { kind: 'dropSchema', name }, [dropSchemaHazard(name)]);
  }
}
