import { Operations, recordingExecutor, type Operation } from '@retort/ops';
import { renderBody, renderOperation, type RenderOptions } from '@retort/codegen';
import { allSamples } from '../../../ops/test/unit/sample-operations';

type Body = (op: Operations) => Promise<void>;
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  parameter: string,
  body: string,
) => Body;

/** Runs rendered statements against the real facade and returns what it recorded. */
async function replay(statements: readonly string[]): Promise<Operation[]> {
  const executor = recordingExecutor();
  await new AsyncFunction('op', statements.join('\n'))(
    new Operations(executor, { args: {}, offline: false }),
  );
  return executor.operations;
}

const DROPS_WITH_DEFINITIONS = new Set<Operation['kind']>([
  'dropTable',
  'dropColumn',
  'dropIndex',
  'dropConstraint',
  'dropEnum',
  'dropSequence',
  'dropPolicy',
  'dropRole',
  'dropView',
  'dropMaterializedView',
]);

/** What the facade records for `op` when its drop definition is not written. */
function withoutDefinition(op: Operation): Operation {
  if (!DROPS_WITH_DEFINITIONS.has(op.kind)) return op;
  const { definition: _definition, ...rest } = op as Operation & { definition?: unknown };
  return rest as Operation;
}

/** Awkward data: every value survives the trip through TypeScript source. */
const awkward: Operation[] = [
  { kind: 'renameTable', table: 'weird; name', newName: 'order', schema: 'it\'s \\ "q"' },
  {
    kind: 'createTable',
    name: 'café',
    columns: [
      {
        name: 'select',
        type: '"app"."mood"',
        nullable: false,
        default: "'draft'::text",
        comment: 'line\nbreak\u2028',
      },
      {
        name: 'n',
        type: 'bigint',
        identity: { always: false, start: '9007199254740993', minValue: null, cycle: true },
      },
    ],
    checks: [{ name: 'ck', expression: '"select" <> \'\'' }],
  },
  {
    kind: 'createIndex',
    name: 'ix',
    table: 't',
    columns: [
      { column: 'a' },
      { expression: 'lower("b")', collation: 'C', order: 'desc', nulls: 'last' },
    ],
  },
  { kind: 'execute', sql: 'SELECT $1, $2, $3, $4', params: [null, 'x\u0000y', 1.5, { k: [true] }] },
  {
    kind: 'bulkInsert',
    table: 'kv',
    rows: [
      JSON.parse(
        '{"order": 1, "weird; key": "\\ud800", "café": [null], "1st": -1, "__proto__": {"a": 2}}',
      ) as Record<string, unknown>,
      { at: new Date('2026-01-02T03:04:05.000Z'), big: 10n },
    ],
  },
  { kind: 'alterSequence', name: 's', changes: {} },
  { kind: 'alterColumn', table: 't', column: 'c' },
];

describe('rendered statements replayed through the Operations facade', () => {
  it.each(allSamples.map((op) => [op.kind, op] as const))(
    '%s records the sample (drop definitions left out)',
    async (_kind, op) => {
      expect(await replay([renderOperation(op)])).toStrictEqual([withoutDefinition(op)]);
    },
  );

  it.each(allSamples.map((op) => [op.kind, op] as const))(
    '%s records the sample exactly with keepDropDefinitions (modulo defaults)',
    async (_kind, op) => {
      const options: RenderOptions = { keepDropDefinitions: true };
      const [recorded] = await replay([renderOperation(op, options)]);
      // The dropIndex sample's definition says `method: 'btree'`, PostgreSQL's default.
      const expected =
        op.kind === 'dropIndex' ? { ...op, definition: { columns: [{ column: 'email' }] } } : op;
      expect(recorded).toStrictEqual(expected);
    },
  );

  it.each(awkward.map((op) => [op.kind, op] as const))(
    '%s with awkward data',
    async (_kind, op) => {
      expect(await replay([renderOperation(op)])).toStrictEqual([op]);
    },
  );

  it('records what the defaults leave out, and nothing else', async () => {
    const recorded = await replay([
      renderOperation({
        kind: 'createIndex',
        name: 'ix',
        table: 't',
        columns: [{ column: 'a', order: 'asc' }],
        unique: false,
        method: 'btree',
        include: [],
        concurrently: false,
      }),
      renderOperation({
        kind: 'createTable',
        name: 't',
        columns: [{ name: 'a', type: 'int', nullable: true, primaryKey: false }],
        foreignKeys: [],
        uniques: [{ columns: ['a'], deferrable: false }],
      }),
    ]);
    expect(recorded).toStrictEqual([
      { kind: 'createIndex', name: 'ix', table: 't', columns: [{ column: 'a' }] },
      {
        kind: 'createTable',
        name: 't',
        columns: [{ name: 'a', type: 'int' }],
        uniques: [{ columns: ['a'] }],
      },
    ]);
  });

  it('replays a whole body in order, hazards and all', async () => {
    const body = renderBody(
      allSamples.map((op) => ({
        op,
        hazards: [{ code: 'DATA_LOSS', message: 'm', suggestion: 's' }],
      })),
    );
    expect(await replay(body)).toStrictEqual(allSamples.map(withoutDefinition));
  });
});
