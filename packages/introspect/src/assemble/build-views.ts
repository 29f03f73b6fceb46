import { canonicalViewDefinition, compareText, type Index, type View } from '@retort/schema';
import type { ViewRow } from '../queries/views-query';

/** One view row (and, for a materialized view, its indexes) → a model View. */
export function buildView(row: ViewRow, indexes: Index[]): View {
  return {
    schema: row.schema,
    name: row.name,
    materialized: row.materialized,
    definition: canonicalViewDefinition(row.definition),
    with: [...(row.reloptions ?? [])].sort(compareText),
    using: row.materialized && row.method !== null && row.method !== 'heap' ? row.method : null,
    withNoData: row.materialized && !row.populated,
    indexes: row.materialized ? indexes : [],
    columns: row.columns,
    dependsOn: row.depends
      .map((d) => ({
        schema: d.schema,
        name: d.name,
        columns: [...(d.columns ?? [])].sort(compareText),
      }))
      .sort((a, b) => compareText(a.schema, b.schema) || compareText(a.name, b.name)),
  };
}
