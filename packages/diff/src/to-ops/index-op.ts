import type { CreateIndexOp, DropIndexOp, IndexColumn } from '@retort/ops';
import type { Index, IndexKey } from '@retort/schema';
import { reverseOp } from '@retort/ops';
import { collationName } from './column-spec';
import { tableTarget } from './names';

function indexColumn(key: IndexKey): IndexColumn {
  const element: IndexColumn =
    key.column !== null ? { column: key.column } : { expression: key.expression ?? '' };
  if (key.opclass !== null) element.opclass = key.opclass;
  if (key.collation !== null) element.collation = collationName(key.collation);
  if (key.order === 'desc') element.order = 'desc';
  const defaultNulls = key.order === 'desc' ? 'first' : 'last';
  if (key.nulls !== defaultNulls) element.nulls = key.nulls;
  return element;
}

/** `['fillfactor=70']` → `{ fillfactor: '70' }`. */
function storageParameters(list: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    list.map((item) => {
      const eq = item.indexOf('=');
      return eq < 0 ? [item, 'true'] : [item.slice(0, eq), item.slice(eq + 1)];
    }),
  );
}

export function createIndexOp(schema: string, table: string, index: Index): CreateIndexOp {
  const op: CreateIndexOp = {
    kind: 'createIndex',
    name: index.name,
    ...tableTarget(schema, table),
    columns: index.keys.map(indexColumn),
  };
  if (index.unique) op.unique = true;
  if (index.nullsNotDistinct) op.nullsNotDistinct = true;
  if (index.method !== 'btree') op.method = index.method;
  if (index.include.length > 0) op.include = [...index.include];
  if (index.where !== null) op.where = index.where;
  if (index.with.length > 0) op.with = storageParameters(index.with);
  return op;
}

export function dropIndexOp(schema: string, table: string, index: Index): DropIndexOp {
  return reverseOp(createIndexOp(schema, table, index)) as DropIndexOp;
}
