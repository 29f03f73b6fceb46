import { RetortError } from '@retort/errors';
import type { Operations } from '@retort/ops';
import { loadModule } from '@retort/loader';

export interface MigrationModule {
  upgrade(op: Operations): Promise<void> | void;
  downgrade(op: Operations): Promise<void> | void;
}

/** Imports a revision file and checks it has the two functions a migration needs. */
export async function loadMigrationModule(file: string): Promise<MigrationModule> {
  const mod = await loadModule(file, 'Migration file');
  for (const name of ['upgrade', 'downgrade'] as const) {
    if (typeof mod[name] !== 'function') {
      throw new RetortError('BAD_REVISION_FILE', `Migration file ${file} does not export a function "${name}".`, {
        hint: `Add \`export async function ${name}(op: Operations): Promise<void> { … }\`.`,
      });
    }
  }
  return mod as unknown as MigrationModule;
}
