import { quoteIdent, type AlterColumnOp, type Operation } from '@retort/ops';
import type { Column, Table } from '@retort/schema';
import { narrowingHazard } from '../hazards/data-loss';
import { castMayFailHazard } from '../hazards/fails-on-data';
import { setNotNullHazard, typeRewriteHazard } from '../hazards/locking';
import type { Hazard } from '../types';
import { collationName, identitySpec } from '../to-ops/column-spec';
import { tableTarget } from '../to-ops/names';
import { displayName, same } from './context';
import { typeChange } from './type-change';

export interface ColumnAlteration {
  op: Operation;
  hazards: Hazard[];
}

function typeWithCollation(type: string, collation: string | null): string {
  return collation === null ? type : `${type} COLLATE ${quoteIdent(collationName(collation))}`;
}

function identityOf(column: Column) {
  return column.identity === null ? null : identitySpec(column.identity, column.type);
}

/**
 * The ALTER COLUMN steps that turn `c` into `t` (same name, same table): type (with USING when
 * PostgreSQL has no assignment cast), default, nullability, identity, then the comment.
 * A default that cannot follow a USING cast is dropped in a step of its own first.
 */
export function alterColumnSteps(table: Table, c: Column, t: Column): ColumnAlteration[] {
  const name = displayName(table.schema, table.name);
  const base: AlterColumnOp = {
    kind: 'alterColumn',
    ...tableTarget(table.schema, table.name),
    column: t.name,
  };
  const steps: ColumnAlteration[] = [];
  const op: AlterColumnOp = { ...base };
  const hazards: Hazard[] = [];
  let currentDefault = c.default;

  if (c.type !== t.type || c.collation !== t.collation) {
    op.type = typeWithCollation(t.type, t.collation);
    op.existingType = typeWithCollation(
      c.type,
      c.collation === null && t.collation !== null ? 'default' : c.collation,
    );
    if (c.type !== t.type) {
      const change = typeChange(t.name, c.type, t.type);
      if (change.using !== undefined) op.using = change.using;
      if (change.narrowing) hazards.push(narrowingHazard(name, t.name, c.type, t.type));
      if (change.using !== undefined) hazards.push(castMayFailHazard(name, t.name, c.type, t.type));
      if (change.rewrite) hazards.push(typeRewriteHazard(name, t.name, c.type, t.type));
      if (change.using !== undefined && currentDefault !== null) {
        steps.push({
          op: { ...base, default: null, existingDefault: currentDefault },
          hazards: [],
        });
        currentDefault = null;
      }
    }
  }
  if (currentDefault !== t.default)
    ((op.default = t.default), (op.existingDefault = currentDefault));
  if (c.nullable !== t.nullable) {
    op.nullable = t.nullable;
    op.existingNullable = c.nullable;
    if (!t.nullable) hazards.push(setNotNullHazard(name, t.name));
  }
  const identity = identityOf(t);
  const existingIdentity = identityOf(c);
  if (!same(identity, existingIdentity))
    ((op.identity = identity), (op.existingIdentity = existingIdentity));
  if (Object.keys(op).length > Object.keys(base).length) steps.push({ op, hazards });
  if (c.comment !== t.comment) {
    steps.push({
      op: {
        kind: 'setColumnComment',
        ...tableTarget(table.schema, table.name),
        column: t.name,
        comment: t.comment,
        existingComment: c.comment,
      },
      hazards: [],
    });
  }
  return steps;
}
