import { compact } from './compact';
import { IrreversibleOperationError } from './irreversible-operation-error';
import type { CreateForeignKeyOp, DropConstraintOp } from './operations/constraint-ops';
import type { Operation, OperationOf } from './operations/operation';

type ConstraintKinds =
  | 'createPrimaryKey'
  | 'createForeignKey'
  | 'createUniqueConstraint'
  | 'createCheckConstraint'
  | 'dropConstraint'
  | 'validateConstraint';

type Reversers = { [K in ConstraintKinds]: (op: OperationOf<K>) => Operation };

function dropOf(
  op: { name: string; table: string; schema?: string },
  definition: object,
): DropConstraintOp {
  return compact({
    kind: 'dropConstraint',
    name: op.name,
    table: op.table,
    schema: op.schema,
    definition: definition as DropConstraintOp['definition'],
  });
}

function createFrom(op: DropConstraintOp): Operation {
  const { name, table, schema, definition } = op;
  if (definition === undefined) {
    throw new IrreversibleOperationError(
      'dropConstraint',
      `constraint ${name} was dropped without its definition`,
    );
  }
  const target = { name, table, schema };
  switch (definition.type) {
    case 'primaryKey': {
      const { type: _type, ...rest } = definition;
      return compact({ kind: 'createPrimaryKey', ...target, ...rest });
    }
    case 'foreignKey': {
      const { type: _type, ...rest } = definition;
      return compact<CreateForeignKeyOp>({ kind: 'createForeignKey', ...target, ...rest });
    }
    case 'unique': {
      const { type: _type, ...rest } = definition;
      return compact({ kind: 'createUniqueConstraint', ...target, ...rest });
    }
    case 'check': {
      const { type: _type, ...rest } = definition;
      return compact({ kind: 'createCheckConstraint', ...target, ...rest });
    }
    case 'exclusion': {
      const { type: _type, ...rest } = definition;
      return compact({ kind: 'createExclusionConstraint', ...target, ...rest });
    }
  }
}

export const reverseConstraintOps: Reversers = {
  createPrimaryKey: ({ kind: _k, name, table, schema, ...rest }) =>
    dropOf({ name, table, schema }, { type: 'primaryKey', ...rest }),
  createForeignKey: ({ kind: _k, name, table, schema, ...rest }) =>
    dropOf({ name, table, schema }, { type: 'foreignKey', ...rest }),
  // the index a constraint was promoted from is dropped with it: recreating builds a new one
  createUniqueConstraint: ({ kind: _k, name, table, schema, usingIndex: _index, ...rest }) =>
    dropOf({ name, table, schema }, { type: 'unique', ...rest }),
  createCheckConstraint: ({ kind: _k, name, table, schema, ...rest }) =>
    dropOf({ name, table, schema }, { type: 'check', ...rest }),
  dropConstraint: createFrom,
  validateConstraint: ({ name, table }) => {
    throw new IrreversibleOperationError(
      'validateConstraint',
      `constraint ${name} on ${table} cannot be made NOT VALID again`,
      'Leave this step out of the downgrade: the constraint stays validated until it is dropped.',
    );
  },
};
