import type { OperationKind, OperationOf, Operations } from '@retort/ops';
import { tsLiteral } from './ts-literal';

/** How drop operations are written. */
export interface RenderOptions {
  /**
   * Write the dropped object's `definition` into the call. Off by default: the downgrade is
   * rendered from `reverseOp` when the file is generated, so the reviewer sees `dropTable('users')`.
   */
  keepDropDefinitions?: boolean;
}

/** Writes one operation kind as a facade call. */
export type Renderer<K extends OperationKind> = (
  op: OperationOf<K>,
  options: RenderOptions,
) => string;

/** One renderer per kind: a kind without one is a compile error. */
export type Renderers = { [K in OperationKind]: Renderer<K> };

/** The facade methods that build one operation (a misspelt method name is a compile error). */
export type FacadeMethod = Exclude<
  keyof Operations,
  'args' | 'isOffline' | 'invoke' | 'autocommitBlock'
>;

/** Options objects and optional arrays are left out of the call when they hold nothing. */
function isEmpty(value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/**
 * `await op.method(positional…, trailing);` — `trailing` (an options object, or `execute`'s
 * params) is written only when it holds something.
 */
export function facadeCall(
  method: FacadeMethod,
  positional: readonly unknown[],
  trailing?: unknown,
): string {
  const args = isEmpty(trailing) ? positional : [...positional, trailing];
  return `await op.${method}(${args.map(tsLiteral).join(', ')});`;
}

/** A drop's options without the stored definition, unless the caller asked to keep it. */
export function definitionIf<T extends { definition?: unknown }>(
  options: T,
  { keepDropDefinitions }: RenderOptions,
): T {
  return keepDropDefinitions === true ? options : { ...options, definition: undefined };
}
