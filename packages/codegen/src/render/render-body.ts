import type { Operation } from '@retort/ops';
import { renderHazardComment, type Hazard } from './hazard-comment';
import type { RenderOptions } from './render-call';
import { renderOperation } from './render-operation';
import { stringLiteral } from './ts-literal';

/** One statement of an upgrade()/downgrade() body: an operation, or a step that cannot be done. */
export type BodyEntry =
  | { op: Operation; hazards?: readonly Hazard[] }
  | {
      /** Why the step cannot be done, and what to do instead; becomes the thrown message. */
      irreversible: string;
    };

function renderEntry(entry: BodyEntry, options: RenderOptions): string {
  if ('irreversible' in entry) return `throw new Error(${stringLiteral(entry.irreversible)});`;
  const comments = (entry.hazards ?? []).flatMap(renderHazardComment);
  return [...comments, renderOperation(entry.op, options)].join('\n');
}

/**
 * The statements of an upgrade() or downgrade() body, one string per entry (as
 * `renderRevisionSource` takes them): hazard comments sit right above their operation, and a
 * step that cannot be done throws, so a downgrade is never silently empty.
 */
export function renderBody(entries: readonly BodyEntry[], options: RenderOptions = {}): string[] {
  return entries.map((entry) => renderEntry(entry, options));
}
