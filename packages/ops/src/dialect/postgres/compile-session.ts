import type { Compilers } from './compiler-types';
import { quoteLiteral } from './quote';
import { statement } from './statement';

/** A session setting: it lasts past autocommit blocks, unlike SET LOCAL. */
export const sessionCompilers: Pick<Compilers, 'setLockTimeout'> = {
  setLockTimeout: (op) => [statement(`SET lock_timeout = ${quoteLiteral(op.timeout)}`)],
};
