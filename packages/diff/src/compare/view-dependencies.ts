import { quoteQualified, type SchemaModel, type View } from '@retort/schema';
import { findTable } from '../renames/apply-renames';
import type { ColumnRename, TableRename } from '../types';
import { qualifiedKey } from './context';
import { onlyAddsValues } from './enum-values';
import { mustReplace } from './replaced-columns';

/**
 * The current views that a change under them forces to be dropped and created again, by
 * `schema.name`: PostgreSQL refuses to drop a table or column a view reads, or to change its
 * type. A view reads a column that is dropped, replaced (dropped and added) or changes type or
 * collation (a column of an enum recreated to remove values too), or a table that is dropped. Runs on the models before renames are applied, so
 * it follows the rename answers itself. Views over views are added by compareViews.
 */
export function viewsUnderChange(
  from: SchemaModel,
  to: SchemaModel,
  renames: { tables: readonly TableRename[]; columns: readonly ColumnRename[] },
): Set<string> {
  const tableTo = new Map(renames.tables.map((r) => [qualifiedKey(r.from), r.to]));
  const columnTo = new Map(
    renames.columns.map((r) => [`${qualifiedKey(r.table)}.${r.from}`, r.to]),
  );
  // an enum that loses or reorders values is recreated: its columns change type under the views
  const recreated = new Set(
    from.enums
      .filter((e) => {
        const next = to.enums.find((x) => x.schema === e.schema && x.name === e.name);
        return next !== undefined && !onlyAddsValues(e.values, next.values);
      })
      .map((e) => quoteQualified(e.schema, e.name)),
  );
  const affected = new Set<string>();
  for (const v of from.views) if (readsChangedColumn(v)) affected.add(qualifiedKey(v));
  return affected;

  function readsChangedColumn(v: View): boolean {
    return v.dependsOn.some((dep) => {
      const table = findTable(from, dep);
      if (table === undefined) return false;
      const next = findTable(to, tableTo.get(qualifiedKey(dep)) ?? dep);
      if (next === undefined) return true;
      return dep.columns.some((name) => {
        const col = table.columns.find((c) => c.name === name);
        const renamed = columnTo.get(`${qualifiedKey(next)}.${name}`) ?? name;
        const after = next.columns.find((c) => c.name === renamed);
        if (col === undefined || after === undefined) return true;
        return (
          col.type !== after.type ||
          col.collation !== after.collation ||
          mustReplace(col, after) ||
          recreated.has(col.type.replace(/\[\]$/, ''))
        );
      });
    });
  }
}
