import type { Operations } from '@retort/ops';
import { extensionsCreatedBy } from '../../src/migrator/extensions-needed';
import type { MigrationModule } from '../../src/migrator/migration-module';
import type { PlannedStep } from '../../src/migrator/run-migrations';

const step = (file: string, direction: 'up' | 'down', runScript = true): PlannedStep => ({
  revision: file, file, direction, label: file, changes: [], runScript,
});

const modules = new Map<string, MigrationModule>([
  ['a', {
    async upgrade(op: Operations) {
      await op.createExtension('citext', { ifNotExists: true });
      await op.execute('create extension if not exists "uuid-ossp" schema ext; CREATE EXTENSION Pg_Trgm');
    },
    async downgrade(op: Operations) {
      await op.createExtension('hstore');
    },
  }],
  ['b', {
    async upgrade() {
      throw new Error('needs the database');
    },
    async downgrade() {},
  }],
  ['c', {
    async upgrade(op: Operations) {
      await op.createExtension('ltree');
    },
    async downgrade() {},
  }],
]);

describe('extensionsCreatedBy', () => {
  test('op.createExtension and CREATE EXTENSION in execute SQL, in the direction of each step', async () => {
    expect(await extensionsCreatedBy([step('a', 'up'), step('b', 'up')], modules, {})).toEqual(['citext', 'pg_trgm', 'uuid-ossp']);
    expect(await extensionsCreatedBy([step('a', 'down')], modules, {})).toEqual(['hstore']);
  });

  test('stamps run no script', async () => {
    expect(await extensionsCreatedBy([step('c', 'up', false)], modules, {})).toEqual([]);
  });
});
