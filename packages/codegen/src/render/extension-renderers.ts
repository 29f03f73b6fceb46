import type { CreateExtensionOp, DropExtensionOp } from '@retort/ops';
import { facadeCall, type Renderers } from './render-call';
import { AS_IS, FALSE_BY_DEFAULT, ordered, type Shape } from './shape';

type Named = 'kind' | 'name';

const createExtensionShape: Shape<Omit<CreateExtensionOp, Named>> = {
  schema: AS_IS,
  ifNotExists: FALSE_BY_DEFAULT,
};
const dropExtensionShape: Shape<Omit<DropExtensionOp, Named>> = {
  schema: AS_IS,
  ifExists: FALSE_BY_DEFAULT,
};

/** `op.createExtension('citext', { ifNotExists: true })` and its drop. */
export const extensionRenderers: Pick<Renderers, 'createExtension' | 'dropExtension'> = {
  createExtension: ({ kind: _kind, name, ...options }) =>
    facadeCall('createExtension', [name], ordered(options, createExtensionShape)),
  dropExtension: ({ kind: _kind, name, ...options }) =>
    facadeCall('dropExtension', [name], ordered(options, dropExtensionShape)),
};
