import type { OperationKind, OperationOf } from '../../operations/operation';
import type { Statement } from './statement';

export type Compiler<K extends OperationKind> = (op: OperationOf<K>) => Statement[];

/** One compiler per operation kind: a kind without one is a type error. */
export type Compilers = { [K in OperationKind]: Compiler<K> };
