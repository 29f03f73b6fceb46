import type { ViewKinds } from '../../operations/view-ops';
import type { Compilers } from './compiler-types';
import { withClause } from './compile-index';
import { qualify, quoteIdent } from './quote';
import { statement } from './statement';

/** The query as given, without a final `;` (it is embedded in a larger statement). */
function query(definition: string): string {
  return definition.trim().replace(/;\s*$/, '');
}

export const viewCompilers: Pick<Compilers, ViewKinds> = {
  createView(op) {
    const parts = [
      op.orReplace === true ? 'CREATE OR REPLACE VIEW' : 'CREATE VIEW',
      qualify(op.name, op.schema),
      ...withClause(op.with),
      `AS ${query(op.definition)}`,
    ];
    return [statement(parts.join(' '))];
  },
  dropView: (op) => [statement(`DROP VIEW ${qualify(op.name, op.schema)}`)],
  createMaterializedView(op) {
    const parts = [
      'CREATE MATERIALIZED VIEW',
      qualify(op.name, op.schema),
      ...(op.using === undefined ? [] : [`USING ${quoteIdent(op.using)}`]),
      ...withClause(op.with),
      `AS ${query(op.definition)}`,
      ...(op.withNoData === true ? ['WITH NO DATA'] : []),
    ];
    return [statement(parts.join(' '))];
  },
  dropMaterializedView: (op) => [
    statement(`DROP MATERIALIZED VIEW ${qualify(op.name, op.schema)}`),
  ],
};
