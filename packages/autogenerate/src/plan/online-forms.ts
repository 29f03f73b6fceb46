import { quoteIdent, type AlterColumnOp, type Operation, type OperationOf } from '@retort/ops';

/** One step of a generated body, as codegen's BodyEntry takes it (without hazards). */
export interface PlanStep {
  op: Operation;
  /** Why this form: one line above the call. */
  note?: string;
  /** Runs in an explicit op.autocommitBlock(), each statement its own transaction. */
  autocommit?: boolean;
}

type Form<K extends Operation['kind']> = (op: OperationOf<K>) => PlanStep[] | null;

const validate = (
  op: { name: string; table: string; schema?: string },
  note: string,
): PlanStep => ({
  op: {
    kind: 'validateConstraint',
    name: op.name,
    table: op.table,
    ...(op.schema === undefined ? {} : { schema: op.schema }),
  },
  autocommit: true,
  note,
});

const VALIDATE_NOTE =
  'VALIDATE checks the existing rows under a lock that lets reads and writes go on.';

const notValid = <O extends OperationOf<'createForeignKey' | 'createCheckConstraint'>>(
  op: O,
): PlanStep[] | null =>
  op.notValid === true
    ? null
    : [
        {
          op: { ...op, notValid: true },
          note: 'NOT VALID: added under a brief lock, without checking the existing rows,',
        },
        validate(op, VALIDATE_NOTE),
      ];

/** PostgreSQL truncates identifiers to 63 bytes; keep the generated name inside that. */
function checkName(table: string, column: string): string {
  const suffix = '_not_null';
  const base = `${table}_${column}`;
  let name = base;
  while (Buffer.byteLength(name + suffix) > 63) name = name.slice(0, -1);
  return name + suffix;
}

/** SET NOT NULL through a validated CHECK, so PostgreSQL 12+ skips the scan under ACCESS EXCLUSIVE. */
function setNotNull(op: AlterColumnOp): PlanStep[] | null {
  if (op.nullable !== false || op.existingNullable === false) return null;
  const { nullable: _n, existingNullable: _e, ...rest } = op;
  const changesOther = ['type', 'default', 'comment', 'identity', 'newName'].some(
    (k) => rest[k as keyof typeof rest] !== undefined,
  );
  const column = op.newName ?? op.column;
  const target = { table: op.table, ...(op.schema === undefined ? {} : { schema: op.schema }) };
  const name = checkName(op.table, column);
  const expression = `${quoteIdent(column)} IS NOT NULL`;
  return [
    ...(changesOther ? [{ op: rest }] : []),
    {
      op: { kind: 'createCheckConstraint', name, ...target, expression, notValid: true },
      note: `SET NOT NULL without a long lock: a NOT VALID check first (brief lock),`,
    },
    validate({ name, ...target }, 'then VALIDATE, which lets reads and writes go on,'),
    {
      op: { kind: 'alterColumn', ...target, column, nullable: false, existingNullable: true },
      autocommit: true,
      note: 'then SET NOT NULL, which PostgreSQL 12+ proves from the valid check without a scan,',
    },
    {
      op: { kind: 'dropConstraint', name, ...target, definition: { type: 'check', expression } },
      autocommit: true,
      note: 'and the check has done its job.',
    },
  ];
}

const FORMS: { [K in Operation['kind']]?: Form<K> } = {
  createIndex: (op) =>
    op.concurrently === true
      ? null
      : [
          {
            op: { ...op, concurrently: true },
            autocommit: true,
            note: 'CONCURRENTLY: builds the index while writes go on (outside a transaction).',
          },
        ],
  dropIndex: (op) =>
    op.concurrently === true
      ? null
      : [
          {
            op: { ...op, concurrently: true },
            autocommit: true,
            note: 'CONCURRENTLY: waits for running queries instead of blocking new ones.',
          },
        ],
  createForeignKey: notValid,
  createCheckConstraint: notValid,
  alterColumn: setNotNull,
  createUniqueConstraint: (op) => {
    if (op.usingIndex !== undefined) return null;
    const { kind: _k, name, table, schema, columns, nullsNotDistinct } = op;
    return [
      {
        op: {
          kind: 'createIndex',
          name,
          table,
          ...(schema === undefined ? {} : { schema }),
          columns: columns.map((column) => ({ column })),
          unique: true,
          ...(nullsNotDistinct === true ? { nullsNotDistinct } : {}),
          concurrently: true,
        },
        autocommit: true,
        note: 'A unique constraint without a long lock: its index is built CONCURRENTLY first,',
      },
      {
        op: { ...op, usingIndex: name },
        autocommit: true,
        note: 'then the constraint takes the index over (no scan).',
      },
    ];
  },
};

/**
 * The lock-safe form of `op` on a table that already holds data, or null when `op` is safe
 * as it is or has no safe form (its hazard stays).
 */
export function onlineForm(op: Operation): PlanStep[] | null {
  const form = FORMS[op.kind] as Form<Operation['kind']> | undefined;
  return form === undefined ? null : form(op);
}
