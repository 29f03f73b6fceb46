import type { Compilers } from './compiler-types';
import { qualify, quoteIdent } from './quote';
import { statement } from './statement';

export const exclusionCompilers: Pick<Compilers, 'createExclusionConstraint'> = {
  createExclusionConstraint(op) {
    const deferrable =
      op.deferrable === true
        ? op.initiallyDeferred === true
          ? ' DEFERRABLE INITIALLY DEFERRED'
          : ' DEFERRABLE'
        : '';
    const sql = `ALTER TABLE ${qualify(op.table, op.schema)} ADD CONSTRAINT ${quoteIdent(op.name)} EXCLUDE ${op.expression}${deferrable}`;
    return [statement(sql)];
  },
};
