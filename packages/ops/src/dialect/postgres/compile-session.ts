import type { Compilers } from './compiler-types';
import { quoteLiteral } from './quote';
import { statement } from './statement';

/** Session-level SET (not SET LOCAL): it must outlive the commits of `op.autocommitBlock()`. */
export const sessionCompilers: Pick<Compilers, 'setLockTimeout'> = {
  setLockTimeout: (op) => [statement(`SET lock_timeout = ${quoteLiteral(op.timeout)}`)],
};
