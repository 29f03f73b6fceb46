import { facadeCall, type Renderers } from './render-call';
import { AS_IS, SCHEMA_ONLY, ordered, type Shape } from './shape';

/** `existingComment` (the previous comment, `null` for none) makes the change reversible. */
const commentShape: Shape<{ schema?: string; existingComment?: string | null }> = {
  schema: AS_IS,
  existingComment: AS_IS,
};

/** Comments, raw SQL and rows: operations whose payload is written as it is. */
export const dataRenderers: Pick<
  Renderers,
  'setTableComment' | 'setColumnComment' | 'execute' | 'bulkInsert' | 'setLockTimeout'
> = {
  setLockTimeout: ({ timeout }) => facadeCall('setLockTimeout', [timeout]),
  setTableComment: ({ kind: _kind, table, comment, ...options }) =>
    facadeCall('setTableComment', [table, comment], ordered(options, commentShape)),
  setColumnComment: ({ kind: _kind, table, column, comment, ...options }) =>
    facadeCall('setColumnComment', [table, column, comment], ordered(options, commentShape)),
  // `params` is positional; an empty list is the same as none.
  execute: ({ kind: _kind, sql, params }) => facadeCall('execute', [sql], params),
  bulkInsert: ({ kind: _kind, table, rows, ...options }) =>
    facadeCall('bulkInsert', [table, rows], ordered(options, SCHEMA_ONLY)),
};
