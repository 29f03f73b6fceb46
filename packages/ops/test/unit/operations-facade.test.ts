import { Operations, recordingExecutor, type Operation, type OperationExecutor } from '@retort/ops';

function record(args: Record<string, string> = {}, offline = false) {
  const executor = recordingExecutor();
  return { executor, op: new Operations(executor, { args, offline }) };
}

describe('Operations facade', () => {
  it('exposes args and offline mode', () => {
    const { op } = record({ tenant: 'acme' }, true);
    expect(op.args).toStrictEqual({ tenant: 'acme' });
    expect(op.isOffline).toBe(true);
  });

  it('builds plain operations, positional names first, leaving unset options out', async () => {
    const { op, executor } = record();
    const schema = 'app';
    await op.createTable('users', {
      columns: [{ name: 'id', type: 'integer', primaryKey: true }],
      schema,
    });
    await op.addColumn('users', { name: 'age', type: 'integer' }, { schema });
    await op.alterColumn('users', 'age', {
      type: 'bigint',
      using: 'age::bigint',
      nullable: false,
      existingType: 'integer',
    });
    await op.createIndex(
      'ix_users_email',
      'users',
      ['email', { expression: 'lower(name)', order: 'desc' }],
      {
        unique: true,
      },
    );
    await op.createForeignKey('fk', 'posts', 'users', ['user_id'], ['id'], {
      onDelete: 'cascade',
      referencedSchema: schema,
    });
    await op.execute('UPDATE users SET age = $1', [1]);
    await op.execute('SELECT 1');
    await op.bulkInsert('users', [{ id: 1 }], { schema: undefined });
    await op.dropColumn('users', 'age');
    expect(executor.operations).toStrictEqual<Operation[]>([
      {
        kind: 'createTable',
        name: 'users',
        schema,
        columns: [{ name: 'id', type: 'integer', primaryKey: true }],
      },
      { kind: 'addColumn', table: 'users', column: { name: 'age', type: 'integer' }, schema },
      {
        kind: 'alterColumn',
        table: 'users',
        column: 'age',
        type: 'bigint',
        using: 'age::bigint',
        nullable: false,
        existingType: 'integer',
      },
      {
        kind: 'createIndex',
        name: 'ix_users_email',
        table: 'users',
        columns: [{ column: 'email' }, { expression: 'lower(name)', order: 'desc' }],
        unique: true,
      },
      {
        kind: 'createForeignKey',
        name: 'fk',
        table: 'posts',
        referencedTable: 'users',
        columns: ['user_id'],
        referencedColumns: ['id'],
        onDelete: 'cascade',
        referencedSchema: schema,
      },
      { kind: 'execute', sql: 'UPDATE users SET age = $1', params: [1] },
      { kind: 'execute', sql: 'SELECT 1' },
      { kind: 'bulkInsert', table: 'users', rows: [{ id: 1 }] },
      { kind: 'dropColumn', table: 'users', column: 'age' },
    ]);
  });

  it('covers every other operation', async () => {
    const { op, executor } = record();
    await op.dropTable('users', { definition: { columns: [] } });
    await op.renameTable('a', 'b', { schema: 's' });
    await op.dropIndex('ix', { concurrently: true });
    await op.createPrimaryKey('pk', 't', ['id']);
    await op.createUniqueConstraint('uq', 't', ['a'], { nullsNotDistinct: true });
    await op.createCheckConstraint('ck', 't', 'a > 0', { notValid: true });
    await op.dropConstraint('ck', 't', { ifExists: true });
    await op.validateConstraint('ck', 't');
    await op.setLockTimeout('5s');
    await op.createEnum('mood', ['a'], { schema: 's' });
    await op.dropEnum('mood');
    await op.addEnumValue('mood', 'b', { after: 'a' });
    await op.renameEnumValue('mood', 'a', 'c');
    await op.createSequence('seq', { start: 1 });
    await op.alterSequence('seq', { increment: 2 }, { existing: { increment: 1 } });
    await op.dropSequence('seq');
    await op.createSchema('s', { ifNotExists: true });
    await op.dropSchema('s', { cascade: true });
    await op.setTableComment('t', 'hi', { existingComment: null });
    await op.setColumnComment('t', 'c', null);
    await op.invoke({ kind: 'execute', sql: 'SELECT 2', params: undefined });
    expect(executor.operations).toStrictEqual<Operation[]>([
      { kind: 'dropTable', name: 'users', definition: { columns: [] } },
      { kind: 'renameTable', table: 'a', newName: 'b', schema: 's' },
      { kind: 'dropIndex', name: 'ix', concurrently: true },
      { kind: 'createPrimaryKey', name: 'pk', table: 't', columns: ['id'] },
      {
        kind: 'createUniqueConstraint',
        name: 'uq',
        table: 't',
        columns: ['a'],
        nullsNotDistinct: true,
      },
      {
        kind: 'createCheckConstraint',
        name: 'ck',
        table: 't',
        expression: 'a > 0',
        notValid: true,
      },
      { kind: 'dropConstraint', name: 'ck', table: 't', ifExists: true },
      { kind: 'validateConstraint', name: 'ck', table: 't' },
      { kind: 'setLockTimeout', timeout: '5s' },
      { kind: 'createEnum', name: 'mood', values: ['a'], schema: 's' },
      { kind: 'dropEnum', name: 'mood' },
      { kind: 'addEnumValue', name: 'mood', value: 'b', after: 'a' },
      { kind: 'renameEnumValue', name: 'mood', from: 'a', to: 'c' },
      { kind: 'createSequence', name: 'seq', start: 1 },
      { kind: 'alterSequence', name: 'seq', changes: { increment: 2 }, existing: { increment: 1 } },
      { kind: 'dropSequence', name: 'seq' },
      { kind: 'createSchema', name: 's', ifNotExists: true },
      { kind: 'dropSchema', name: 's', cascade: true },
      { kind: 'setTableComment', table: 't', comment: 'hi', existingComment: null },
      { kind: 'setColumnComment', table: 't', column: 'c', comment: null },
      { kind: 'execute', sql: 'SELECT 2' },
    ]);
  });

  it('runs operations in order, awaiting each', async () => {
    const log: string[] = [];
    const executor: OperationExecutor = {
      async run(operation) {
        await new Promise((resolve) =>
          setTimeout(resolve, operation.kind === 'createSchema' ? 5 : 0),
        );
        log.push(operation.kind);
      },
      autocommitBlock: (fn) => fn(),
    };
    const op = new Operations(executor, { args: {}, offline: false });
    await op.createSchema('s');
    await op.dropSchema('s');
    expect(log).toStrictEqual(['createSchema', 'dropSchema']);
  });

  it('hands autocommitBlock to the executor and returns its result', async () => {
    const calls: string[] = [];
    const executor: OperationExecutor = {
      run: async (operation) => void calls.push(operation.kind),
      async autocommitBlock(fn) {
        calls.push('begin autocommit');
        const result = await fn();
        calls.push('end autocommit');
        return result;
      },
    };
    const op = new Operations(executor, { args: {}, offline: false });
    const result = await op.autocommitBlock(async () => {
      await op.createIndex('ix', 't', ['a'], { concurrently: true });
      return 7;
    });
    expect(result).toBe(7);
    expect(calls).toStrictEqual(['begin autocommit', 'createIndex', 'end autocommit']);
  });

  it('records a migration upgrade function as Operation[]', async () => {
    const upgrade = async (op: Operations) => {
      await op.createSchema('app');
      await op.autocommitBlock(() => op.createIndex('ix', 't', ['a'], { concurrently: true }));
    };
    const { op, executor } = record();
    await upgrade(op);
    expect(executor.operations.map((operation) => operation.kind)).toStrictEqual([
      'createSchema',
      'createIndex',
    ]);
    expect(executor.recorded.map((entry) => [entry.op.kind, entry.inAutocommitBlock])).toStrictEqual([
      ['createSchema', false],
      ['createIndex', true],
    ]);
  });
});
