import type { Operation } from '@retort/ops';
import { lintOperations, type Finding } from '@retort/lint';

const lint = (ops: Operation[], lockTimeoutConfigured = true) =>
  lintOperations(
    ops.map((op, i) => ({ op, line: i + 10, inAutocommitBlock: false })),
    { lockTimeoutConfigured },
  );
const rules = (findings: Finding[]) => findings.map((f) => `${f.line} ${f.severity} ${f.rule}`);

const ordersTable: Operation = {
  kind: 'createTable',
  name: 'orders',
  columns: [{ name: 'id', type: 'integer' }],
};

describe('lint rules', () => {
  it('concurrent-index: plain index on an existing table, not on one created earlier in the file', () => {
    const plain: Operation = {
      kind: 'createIndex',
      name: 'ix',
      table: 'orders',
      columns: [{ column: 'id' }],
    };
    expect(rules(lint([plain]))).toStrictEqual(['10 error concurrent-index']);
    // concurrently, inside op.autocommitBlock(): the lock-safe form
    const concurrent = { ...plain, concurrently: true } as Operation;
    expect(
      lintOperations([{ op: concurrent, line: 1, inAutocommitBlock: true }], {
        lockTimeoutConfigured: true,
      }),
    ).toStrictEqual([]);
    expect(lint([ordersTable, plain])).toStrictEqual([]);
    expect(rules(lint([{ kind: 'dropIndex', name: 'ix', table: 'orders' }]))).toStrictEqual([
      '10 error concurrent-index',
    ]);
    expect(lint([plain, { kind: 'dropIndex', name: 'ix' }]).map((f) => f.operation)).toStrictEqual([
      0,
    ]);
    const [finding] = lint([plain]);
    expect(finding).toMatchObject({
      message:
        'CREATE INDEX ix on existing table orders blocks writes to it until the index is built.',
      table: { name: 'orders' },
      operation: 0,
    });
  });

  it('a table renamed after it was created in the same file stays new', () => {
    const ops: Operation[] = [
      ordersTable,
      { kind: 'renameTable', table: 'orders', newName: 'order' },
      { kind: 'createIndex', name: 'ix', table: 'order', columns: [{ column: 'id' }] },
    ];
    expect(lint(ops)).toStrictEqual([]);
  });

  it('constraint-not-valid for FK and CHECK, unique-using-index for UNIQUE', () => {
    const fk: Operation = {
      kind: 'createForeignKey',
      name: 'fk',
      table: 'items',
      columns: ['order_id'],
      referencedTable: 'orders',
      referencedColumns: ['id'],
    };
    const check: Operation = {
      kind: 'createCheckConstraint',
      name: 'ck',
      table: 'items',
      expression: 'qty > 0',
    };
    const unique: Operation = {
      kind: 'createUniqueConstraint',
      name: 'uq',
      table: 'items',
      columns: ['sku'],
    };
    expect(rules(lint([fk, check, unique]))).toStrictEqual([
      '10 error constraint-not-valid',
      '11 error constraint-not-valid',
      '12 error unique-using-index',
    ]);
    expect(
      lint([
        { ...fk, notValid: true } as Operation,
        { ...check, notValid: true } as Operation,
        { ...unique, usingIndex: 'uq' } as Operation,
      ]),
    ).toStrictEqual([]);
  });

  it('set-not-null unless a CHECK (col IS NOT NULL) was added NOT VALID and validated first', () => {
    const setNotNull: Operation = {
      kind: 'alterColumn',
      table: 'orders',
      column: 'note',
      nullable: false,
    };
    expect(rules(lint([setNotNull]))).toStrictEqual(['10 error set-not-null']);
    const check: Operation = {
      kind: 'createCheckConstraint',
      name: 'nn',
      table: 'orders',
      expression: '("note" IS NOT NULL)',
      notValid: true,
    };
    const validate: Operation = { kind: 'validateConstraint', name: 'nn', table: 'orders' };
    expect(lint([check, validate, setNotNull])).toStrictEqual([]);
    // not validated yet: the scan still happens
    expect(rules(lint([check, setNotNull]))).toStrictEqual(['11 error set-not-null']);
    // validated by an earlier file of the same run
    const validated = new Set<string>();
    lintOperations(
      [
        { op: check, line: 1, inAutocommitBlock: false },
        { op: validate, line: 2, inAutocommitBlock: false },
      ],
      { lockTimeoutConfigured: true, validatedNotNull: validated },
    );
    expect(
      lintOperations([{ op: setNotNull, line: 1, inAutocommitBlock: false }], {
        lockTimeoutConfigured: true,
        validatedNotNull: validated,
      }),
    ).toStrictEqual([]);
  });

  it('column-type-change except varchar widening and varchar to text', () => {
    const change = (existingType: string | undefined, type: string): Operation => ({
      kind: 'alterColumn',
      table: 'orders',
      column: 'c',
      type,
      ...(existingType ? { existingType } : {}),
    });
    expect(rules(lint([change('integer', 'bigint')]))).toStrictEqual([
      '10 error column-type-change',
    ]);
    expect(lint([change('integer', 'bigint')])[0]!.message).toBe(
      'Changing orders.c from integer to bigint rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.',
    );
    expect(lint([change(undefined, 'bigint')])[0]!.message).toContain('may rewrite');
    expect(
      lint([
        change('varchar(20)', 'varchar(40)'),
        change('character varying(20)', 'text'),
        change('varchar(5)', 'varchar'),
      ]),
    ).toStrictEqual([]);
    expect(rules(lint([change('varchar(40)', 'varchar(20)')]))).toStrictEqual([
      '10 error column-type-change',
    ]);
  });

  it('volatile-default: per-row values on an existing table; constants and now() are fine', () => {
    const add = (column: object): Operation => ({
      kind: 'addColumn',
      table: 'orders',
      column: { name: 'c', type: 'uuid', ...column },
    });
    expect(
      rules(
        lint([
          add({ default: 'gen_random_uuid()' }),
          add({ type: 'bigserial' }),
          add({ generated: 'id * 2' }),
        ]),
      ),
    ).toStrictEqual([
      '10 error volatile-default',
      '11 error volatile-default',
      '12 error volatile-default',
    ]);
    expect(lint([add({ default: 'now()' }), add({ default: "'x'" })])).toStrictEqual([]);
    expect(lint([ordersTable, add({ default: 'random()' })])).toStrictEqual([]);
  });

  it('renames and drops of existing objects are warnings', () => {
    const ops: Operation[] = [
      { kind: 'alterColumn', table: 'orders', column: 'a', newName: 'b' },
      { kind: 'renameTable', table: 'orders', newName: 'purchases' },
      { kind: 'dropColumn', table: 'purchases', column: 'b' },
      { kind: 'dropTable', name: 'purchases' },
    ];
    expect(rules(lint(ops))).toStrictEqual([
      '10 warning rename-column',
      '11 warning rename-table',
      '12 warning drop-column',
      '13 warning drop-table',
    ]);
  });

  it('missing-lock-timeout: once, at the first lock on an existing table, unless set before or configured', () => {
    const comment: Operation = { kind: 'setTableComment', table: 'customers', comment: 'x' };
    const schema: Operation = { kind: 'createSchema', name: 'app' };
    expect(rules(lint([schema, ordersTable, comment, comment], false))).toStrictEqual([
      '12 warning missing-lock-timeout',
    ]);
    expect(lint([{ kind: 'setLockTimeout', timeout: '5s' }, comment], false)).toStrictEqual([]);
    expect(
      lint([{ kind: 'execute', sql: "SET LOCAL lock_timeout = '2s'" }, comment], false),
    ).toStrictEqual([]);
    expect(lint([comment], true)).toStrictEqual([]);
    // a new table whose foreign key references an existing one locks that table
    const child: Operation = {
      kind: 'createTable',
      name: 'items',
      columns: [{ name: 'o', type: 'integer' }],
      foreignKeys: [{ columns: ['o'], referencedTable: 'orders', referencedColumns: ['id'] }],
    };
    expect(rules(lint([child], false))).toStrictEqual(['10 warning missing-lock-timeout']);
  });

  it('needs-autocommit-block: CONCURRENTLY outside op.autocommitBlock(), which upgrade refuses', () => {
    const op: Operation = {
      kind: 'createIndex',
      name: 'ix',
      table: 'orders',
      columns: [{ column: 'id' }],
      concurrently: true,
    };
    const outside = lintOperations([{ op, line: 3, inAutocommitBlock: false }], {
      lockTimeoutConfigured: true,
    });
    expect(outside).toMatchObject([
      {
        rule: 'needs-autocommit-block',
        severity: 'error',
        message:
          'op.createIndex runs `CREATE INDEX CONCURRENTLY "ix" ON "orders" ("id")`, which PostgreSQL cannot run inside a transaction: upgrade refuses the file.',
      },
    ]);
    expect(
      lintOperations([{ op, line: 3, inAutocommitBlock: true }], { lockTimeoutConfigured: true }),
    ).toStrictEqual([]);
  });

  it('unchecked-sql: raw SQL is reported as info', () => {
    expect(lint([{ kind: 'execute', sql: 'UPDATE orders\n SET x = 1' }])).toMatchObject([
      {
        rule: 'unchecked-sql',
        severity: 'info',
        message: 'op.execute() runs raw SQL the lint does not check: UPDATE orders SET x = 1',
      },
    ]);
  });
});
