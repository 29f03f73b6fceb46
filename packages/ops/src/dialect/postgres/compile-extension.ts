import type { Compilers } from './compiler-types';
import { quoteIdent } from './quote';
import { statement } from './statement';

type ExtensionKinds = 'createExtension' | 'dropExtension';

/** Extensions: installed into a schema, dropped only when nothing uses them (RESTRICT). */
export const extensionCompilers: Pick<Compilers, ExtensionKinds> = {
  createExtension(op) {
    const ifNotExists = op.ifNotExists === true ? 'IF NOT EXISTS ' : '';
    const schema = op.schema === undefined ? '' : ` SCHEMA ${quoteIdent(op.schema)}`;
    return [statement(`CREATE EXTENSION ${ifNotExists}${quoteIdent(op.name)}${schema}`)];
  },
  dropExtension(op) {
    const ifExists = op.ifExists === true ? 'IF EXISTS ' : '';
    return [statement(`DROP EXTENSION ${ifExists}${quoteIdent(op.name)}`)];
  },
};
