import type { Operation } from '@retort/ops';
import type { View } from '@retort/schema';
import { createIndexOp, dropIndexOp } from './index-op';
import { objectTarget } from './names';

/** `['check_option=local']` → `{ check_option: 'local' }`. */
function options(list: readonly string[]): Record<string, string> | undefined {
  if (list.length === 0) return undefined;
  return Object.fromEntries(
    list.map((item) => {
      const eq = item.indexOf('=');
      return eq < 0 ? [item, 'true'] : [item.slice(0, eq), item.slice(eq + 1)];
    }),
  );
}

function definitionOf(v: View) {
  const withOptions = options(v.with);
  return withOptions === undefined
    ? { definition: v.definition }
    : { definition: v.definition, with: withOptions };
}

function materializedDefinitionOf(v: View) {
  return {
    ...definitionOf(v),
    ...(v.using !== null ? { using: v.using } : {}),
    ...(v.withNoData ? { withNoData: true } : {}),
  };
}

/** A view, or a materialized view followed by its indexes. */
export function createViewOps(v: View): Operation[] {
  const target = objectTarget(v.schema, v.name);
  if (!v.materialized) return [{ kind: 'createView', ...target, ...definitionOf(v) }];
  return [
    { kind: 'createMaterializedView', ...target, ...materializedDefinitionOf(v) },
    ...v.indexes.map((i) => createIndexOp(v.schema, v.name, i)),
  ];
}

/** The drop of a view, or a materialized view's indexes then the view; each carries its definition. */
export function dropViewOps(v: View): Operation[] {
  const target = objectTarget(v.schema, v.name);
  if (!v.materialized) return [{ kind: 'dropView', ...target, definition: definitionOf(v) }];
  return [
    ...v.indexes.map((i) => dropIndexOp(v.schema, v.name, i)),
    { kind: 'dropMaterializedView', ...target, definition: materializedDefinitionOf(v) },
  ];
}

/** `CREATE OR REPLACE VIEW` from `c` to `t`, reversible (it carries the query it replaces). */
export function replaceViewOp(c: View, t: View): Operation {
  return {
    kind: 'createView',
    ...objectTarget(t.schema, t.name),
    ...definitionOf(t),
    orReplace: true,
    existing: definitionOf(c),
  };
}
