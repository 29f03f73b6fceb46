import type { Operation } from '@retort/ops';
import { renderHazardComment, type Hazard } from './hazard-comment';
import type { RenderOptions } from './render-call';
import { renderOperation } from './render-operation';
import { stringLiteral } from './ts-literal';
import { autocommitReason } from './autocommit-reason';

/** One statement of an upgrade()/downgrade() body: an operation, or a step that cannot be done. */
export type BodyEntry =
  | {
      op: Operation;
      hazards?: readonly Hazard[];
      /** One line above the call saying why it has this form (the online plan's safe forms). */
      note?: string;
      /**
       * Run in an explicit `op.autocommitBlock()`, each statement in its own transaction;
       * consecutive such entries share one block.
       */
      autocommit?: boolean;
    }
  | {
      /** Why the step cannot be done, and what to do instead; becomes the thrown message. */
      irreversible: string;
    };

type OpEntry = Extract<BodyEntry, { op: Operation }>;

function renderCall(entry: OpEntry, options: RenderOptions): string[] {
  const comments = (entry.hazards ?? []).flatMap(renderHazardComment);
  const note = entry.note === undefined ? [] : [`// ${entry.note}`];
  return [...comments, ...note, renderOperation(entry.op, options)];
}

function renderEntry(entry: OpEntry, later: readonly Operation[], options: RenderOptions): string {
  const reason = autocommitReason(entry.op, later);
  if (reason === null) return renderCall(entry, options).join('\n');
  return [
    ...(entry.hazards ?? []).flatMap(renderHazardComment),
    `// Commits the migration so far, then runs on its own: ${reason}`,
    `await op.autocommitBlock(async () => {`,
    ...renderCall({ ...entry, hazards: [] }, options),
    `});`,
  ].join('\n');
}

const inBlock = (entry: BodyEntry): boolean => 'op' in entry && entry.autocommit === true;

function renderBlock(entries: readonly OpEntry[], options: RenderOptions): string {
  return [
    '// Commits the migration so far; each statement below then commits on its own, so no lock is held for long.',
    'await op.autocommitBlock(async () => {',
    ...entries.flatMap((entry) => renderCall(entry, options)),
    '});',
  ].join('\n');
}

/**
 * The statements of an upgrade() or downgrade() body, one string per entry or block (as
 * `renderRevisionSource` takes them): hazard comments and notes sit right above their
 * operation, and a step that cannot be done throws, so a downgrade is never silently empty.
 * An operation that must not run in the migration's transaction is wrapped in a visible
 * `op.autocommitBlock()`; consecutive entries marked `autocommit` share one block.
 */
export function renderBody(entries: readonly BodyEntry[], options: RenderOptions = {}): string[] {
  const ops = entries.map((entry) => ('op' in entry ? entry.op : null));
  const out: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if ('irreversible' in entry) {
      out.push(`throw new Error(${stringLiteral(entry.irreversible)});`);
      continue;
    }
    if (entry.autocommit === true) {
      let end = i;
      while (end < entries.length && inBlock(entries[end]!)) end += 1;
      out.push(renderBlock(entries.slice(i, end) as OpEntry[], options));
      i = end - 1;
      continue;
    }
    const later = ops.slice(i + 1).filter((op): op is Operation => op !== null);
    out.push(renderEntry(entry, later, options));
  }
  return out;
}
