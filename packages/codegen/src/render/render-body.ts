import type { Operation } from '@retort/ops';
import { renderHazardComment, type Hazard } from './hazard-comment';
import type { RenderOptions } from './render-call';
import { renderOperation } from './render-operation';
import { stringLiteral } from './ts-literal';
import { autocommitReason } from './autocommit-reason';

/** One statement of an upgrade()/downgrade() body: an operation, or a step that cannot be done. */
export type BodyEntry =
  | { op: Operation; hazards?: readonly Hazard[] }
  | {
      /** Why the step cannot be done, and what to do instead; becomes the thrown message. */
      irreversible: string;
    };

function renderEntry(entry: BodyEntry, later: readonly Operation[], options: RenderOptions): string {
  if ('irreversible' in entry) return `throw new Error(${stringLiteral(entry.irreversible)});`;
  const comments = (entry.hazards ?? []).flatMap(renderHazardComment);
  const call = renderOperation(entry.op, options);
  const reason = autocommitReason(entry.op, later);
  if (reason === null) return [...comments, call].join('\n');
  return [
    ...comments,
    `// Commits the migration so far, then runs on its own: ${reason}`,
    `await op.autocommitBlock(async () => {`,
    call,
    `});`,
  ].join('\n');
}

/**
 * The statements of an upgrade() or downgrade() body, one string per entry (as
 * `renderRevisionSource` takes them): hazard comments sit right above their operation, and a
 * step that cannot be done throws, so a downgrade is never silently empty. An operation that
 * must not run in the migration's transaction is wrapped in a visible `op.autocommitBlock()`.
 */
export function renderBody(entries: readonly BodyEntry[], options: RenderOptions = {}): string[] {
  const ops = entries.map((entry) => ('op' in entry ? entry.op : null));
  return entries.map((entry, i) =>
    renderEntry(entry, ops.slice(i + 1).filter((op): op is Operation => op !== null), options),
  );
}
