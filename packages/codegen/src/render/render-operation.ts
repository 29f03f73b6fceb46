import type { Operation } from '@retort/ops';
import { columnRenderers } from './column-renderers';
import { constraintRenderers } from './constraint-renderers';
import { dataRenderers } from './data-renderers';
import { extensionRenderers } from './extension-renderers';
import { indexRenderers } from './index-renderers';
import { policyRenderers } from './policy-renderers';
import type { Renderer, RenderOptions, Renderers } from './render-call';
import { renameRenderers } from './rename-renderers';
import { tableRenderers } from './table-renderers';
import { typeRenderers } from './type-renderers';
import { viewRenderers } from './view-renderers';

/** Every kind's renderer; leaving a kind out of all the groups is a compile error. */
const renderers: Renderers = {
  ...tableRenderers,
  ...columnRenderers,
  ...indexRenderers,
  ...constraintRenderers,
  ...typeRenderers,
  ...extensionRenderers,
  ...dataRenderers,
  ...policyRenderers,
  ...renameRenderers,
  ...viewRenderers,
};

/**
 * The statement a migration file uses to run `op` through the facade, on one line:
 * `await op.addColumn('users', { name: 'age', type: 'integer' });`. Undefined fields and
 * fields equal to their default are left out; drops leave out their stored definition unless
 * `keepDropDefinitions` is set.
 */
export function renderOperation(op: Operation, options: RenderOptions = {}): string {
  const render = renderers[op.kind] as Renderer<Operation['kind']>;
  return render(op as never, options);
}
