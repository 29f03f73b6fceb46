import type { Operation } from '../../operations/operation';
import type { Compiler, Compilers } from './compiler-types';
import { columnCompilers } from './compile-column';
import { constraintCompilers } from './compile-constraint';
import { dataCompilers } from './compile-data';
import { extensionCompilers } from './compile-extension';
import { exclusionCompilers } from './compile-exclusion';
import { indexCompilers } from './compile-index';
import { policyCompilers } from './compile-policy';
import { roleCompilers } from './compile-role';
import { sessionCompilers } from './compile-session';
import { tableCompilers } from './compile-table';
import { typeCompilers } from './compile-type';
import type { Statement } from './statement';

const compilers: Compilers = {
  ...tableCompilers,
  ...columnCompilers,
  ...indexCompilers,
  ...constraintCompilers,
  ...typeCompilers,
  ...extensionCompilers,
  ...dataCompilers,
  ...exclusionCompilers,
  ...policyCompilers,
  ...roleCompilers,
  ...sessionCompilers,
};

/** The PostgreSQL statements that perform `op`, in order. */
export function compileOperation(op: Operation): Statement[] {
  const compile = compilers[op.kind] as Compiler<Operation['kind']> | undefined;
  if (compile === undefined) throw new TypeError(`Unknown operation kind: ${String(op.kind)}`);
  return compile(op as never);
}
