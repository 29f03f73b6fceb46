import { renderBody, type BodyEntry } from '@retort/codegen';
import { downgradeFor, summarize, type DiffEntry } from '@retort/diff';
import type { Operation } from '@retort/ops';
import type { SchemaModel } from '@retort/schema';
import type { TableSize } from '@retort/introspect';
import { planBodies } from './plan/plan-bodies';

export interface RenderedMigration {
  upgrade: string[];
  downgrade: string[];
  /** Summary lines for the file header: counts per operation kind and every hazard. */
  notes: string[];
}

/** How autogenerate writes a revision: the plan, the lock timeout, and what the database holds. */
export interface MigrationPlanOptions {
  plan: 'online' | 'simple';
  /** Written first in both bodies as op.setLockTimeout(…); null writes none. */
  lockTimeout: string | null;
  /** The database before the revision and the model after it: tables in both are "existing". */
  current: SchemaModel;
  target: SchemaModel;
  sizes: ReadonlyMap<string, TableSize>;
}

/**
 * The bodies of upgrade() and downgrade() for a diff, and the summary a reviewer reads first.
 * With plan options, operations on existing tables take their lock-safe forms (online plan)
 * and the summary counts and hazards are those of the file as written.
 */
export function renderMigration(
  entries: readonly DiffEntry[],
  options?: MigrationPlanOptions,
): RenderedMigration {
  if (options === undefined) {
    return {
      upgrade: renderBody(entries.map((e) => ({ op: e.op, hazards: e.hazards }))),
      downgrade: renderBody(downgradeFor([...entries])),
      notes: summaryLines(entries),
    };
  }
  const bodies = plannedBodies(entries, options);
  const planned = bodies.upgrade.filter((e): e is Extract<BodyEntry, { op: unknown }> => 'op' in e);
  return {
    upgrade: renderBody(bodies.upgrade),
    downgrade: renderBody(bodies.downgrade),
    notes: summaryLines(planned.map((e) => ({ op: e.op, hazards: [...(e.hazards ?? [])] }))),
  };
}

function plannedBodies(entries: readonly DiffEntry[], options: MigrationPlanOptions) {
  const key = (t: { schema: string; name: string }) => `${t.schema}.${t.name}`;
  const before = new Set(options.current.tables.map(key));
  const existingTables = new Set(options.target.tables.map(key).filter((t) => before.has(t)));
  return planBodies(entries, { ...options, existingTables });
}

/** upgrade() as `revision --autogenerate` would write it under `options`: its text and its steps. */
export interface PlannedUpgrade {
  body: string[];
  steps: { op: Operation; inAutocommitBlock: boolean }[];
  /** The hazards the file keeps (the safe forms have none). */
  hazards: number;
}

export function plannedUpgrade(
  entries: readonly DiffEntry[],
  options: MigrationPlanOptions,
): PlannedUpgrade {
  const { upgrade } = plannedBodies(entries, options);
  return {
    body: renderBody(upgrade),
    steps: upgrade.flatMap((e) =>
      'op' in e ? [{ op: e.op, inAutocommitBlock: e.autocommit === true }] : [],
    ),
    hazards: upgrade.reduce((n, e) => n + ('op' in e ? (e.hazards?.length ?? 0) : 0), 0),
  };
}

export function summaryLines(entries: readonly DiffEntry[]): string[] {
  const { counts, hazards } = summarize([...entries]);
  const lines = [`Operations: ${Object.entries(counts).map(([kind, n]) => `${kind} ×${n}`).join(', ')}`];
  if (hazards.length) {
    lines.push(`Hazards (${hazards.length}):`);
    for (const h of hazards) lines.push(`  ⚠ ${h.code}: ${h.message}`);
  }
  return lines;
}
