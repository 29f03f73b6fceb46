import { quoteIdent, type Operation } from '@retort/ops';
import { chooseName, quoteQualified, type Enum, type SchemaModel } from '@retort/schema';
import { objectTarget, tableTarget } from '../to-ops/names';
import { renameEnumOp } from '../to-ops/rename-op';

/** Type names of a schema that a temporary name must avoid. */
export function takenTypeNames(schema: string, ...models: SchemaModel[]): Set<string> {
  const names = models
    .flatMap((m) => [...m.enums, ...m.domains])
    .filter((t) => t.schema === schema);
  return new Set(names.map((t) => t.name));
}

/**
 * The operations that take an enum from `from.values` back to `values` when labels must go
 * (what the downgrade of ADD VALUE needs): drop the defaults of the columns that use it, rename
 * the type away, create it again, cast the columns through text, drop the renamed type, and set
 * the defaults again. `model` is the state the operations run in.
 */
export function recreateEnumOps(
  model: SchemaModel,
  from: Enum,
  values: readonly string[],
  temporary: string,
): Operation[] {
  const type = quoteQualified(from.schema, from.name);
  const moved = quoteQualified(from.schema, temporary);
  const users = model.tables.flatMap((t) =>
    t.columns
      .filter((c) => c.type === type || c.type === `${type}[]`)
      .map((c) => ({ target: tableTarget(t.schema, t.name), column: c })),
  );
  const before: Operation[] = [];
  const casts: Operation[] = [];
  const after: Operation[] = [];
  for (const { target, column } of users) {
    const array = column.type.endsWith('[]') ? '[]' : '';
    if (column.default !== null) {
      before.push({
        kind: 'alterColumn',
        ...target,
        column: column.name,
        default: null,
        existingDefault: column.default,
      });
      after.push({
        kind: 'alterColumn',
        ...target,
        column: column.name,
        default: column.default,
        existingDefault: null,
      });
    }
    casts.push({
      kind: 'alterColumn',
      ...target,
      column: column.name,
      type: column.type,
      existingType: `${moved}${array}`,
      using: `${quoteIdent(column.name)}::text${array}::${column.type}`,
    });
  }
  return [
    ...before,
    renameEnumOp(from.schema, from.name, temporary),
    { kind: 'createEnum', ...objectTarget(from.schema, from.name), values: [...values] },
    ...casts,
    {
      kind: 'dropEnum',
      ...objectTarget(from.schema, temporary),
      definition: { values: [...from.values] },
    },
    ...after,
  ];
}

export function temporaryEnumName(e: Enum, ...models: SchemaModel[]): string {
  return chooseName(e.name, null, 'old', takenTypeNames(e.schema, ...models));
}
