import type {
  CheckSpec,
  CreateCheckConstraintOp,
  CreateForeignKeyOp,
  CreatePrimaryKeyOp,
  CreateUniqueConstraintOp,
  DropConstraintOp,
  ForeignKeySpec,
  Operation,
  UniqueSpec,
} from '@retort/ops';
import type { CheckConstraint, ForeignKey, PrimaryKey, UniqueConstraint } from '@retort/schema';
import { reverseOp } from '@retort/ops';
import { opSchema, tableTarget } from './names';

export function foreignKeySpec(fk: ForeignKey): ForeignKeySpec {
  const spec: ForeignKeySpec = {
    name: fk.name,
    columns: [...fk.columns],
    referencedTable: fk.referencedTable,
    referencedColumns: [...fk.referencedColumns],
  };
  const referencedSchema = opSchema(fk.referencedSchema);
  if (referencedSchema !== undefined) spec.referencedSchema = referencedSchema;
  if (fk.onDelete !== 'no action') spec.onDelete = fk.onDelete;
  if (fk.onUpdate !== 'no action') spec.onUpdate = fk.onUpdate;
  if (fk.match !== 'simple') spec.match = fk.match;
  if (fk.deferrable) spec.deferrable = true;
  if (fk.initiallyDeferred) spec.initiallyDeferred = true;
  return spec;
}

export function uniqueSpec(unique: UniqueConstraint): UniqueSpec {
  const spec: UniqueSpec = { name: unique.name, columns: [...unique.columns] };
  if (unique.nullsNotDistinct) spec.nullsNotDistinct = true;
  if (unique.deferrable) spec.deferrable = true;
  if (unique.initiallyDeferred) spec.initiallyDeferred = true;
  return spec;
}

export function checkSpec(check: CheckConstraint): CheckSpec {
  return { name: check.name, expression: check.expression };
}

export function createForeignKeyOp(
  schema: string,
  table: string,
  fk: ForeignKey,
): CreateForeignKeyOp {
  const { name, ...rest } = foreignKeySpec(fk);
  return {
    kind: 'createForeignKey',
    name: name!,
    ...tableTarget(schema, table),
    ...rest,
  } as CreateForeignKeyOp;
}

export function createUniqueOp(
  schema: string,
  table: string,
  unique: UniqueConstraint,
): CreateUniqueConstraintOp {
  const { name, ...rest } = uniqueSpec(unique);
  return { kind: 'createUniqueConstraint', name: name!, ...tableTarget(schema, table), ...rest };
}

export function createCheckOp(
  schema: string,
  table: string,
  check: CheckConstraint,
): CreateCheckConstraintOp {
  return {
    kind: 'createCheckConstraint',
    name: check.name,
    ...tableTarget(schema, table),
    expression: check.expression,
  };
}

export function createPrimaryKeyOp(
  schema: string,
  table: string,
  pk: PrimaryKey,
): CreatePrimaryKeyOp {
  return {
    kind: 'createPrimaryKey',
    name: pk.name,
    ...tableTarget(schema, table),
    columns: [...pk.columns],
  };
}

/** The drop of a constraint, carrying its definition: exactly the reverse of its creation. */
export function dropConstraintOf(create: Operation): DropConstraintOp {
  return reverseOp(create) as DropConstraintOp;
}
