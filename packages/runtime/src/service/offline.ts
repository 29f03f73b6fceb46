import { RetortError } from '@retort/errors';
import type { ResolvedConfig } from '../config/config-types';
import { resolveRevisions } from '../graph/graph-queries';
import { planDowngrade, planUpgrade } from '../graph/plan-migration';
import { planStamp } from '../graph/plan-stamp';
import type { RevisionGraph } from '../graph/revision-graph';
import { renderOfflineScript } from '../offline/offline-script';
import { loadScriptDirectory } from '../script/script-directory';
import { toPlannedSteps } from './planned-steps';

/** `A:B` → ['A', 'B']; `B` → [null, 'B']. */
function splitRange(target: string): [string | null, string] {
  const colon = target.indexOf(':');
  if (colon < 0) return [null, target];
  return [target.slice(0, colon) || null, target.slice(colon + 1)];
}

function startHeads(graph: RevisionGraph, start: string | null): string[] {
  if (start === null || start === 'base') return [];
  return resolveRevisions(graph, start).map((r) => r.id);
}

export interface OfflineRequest {
  config: ResolvedConfig;
  args?: Readonly<Record<string, string>>;
  transactionPerMigration?: boolean;
}

/** `upgrade --sql [A:]B`, `downgrade --sql A:B`: the script, without connecting. */
export async function offlineMigrate(req: OfflineRequest & { direction: 'upgrade' | 'downgrade'; target: string }): Promise<string> {
  const { graph } = loadScriptDirectory(req.config.versionDirs);
  const [start, end] = splitRange(req.target);
  if (req.direction === 'downgrade' && start === null) {
    throw new RetortError('OFFLINE_RANGE_REQUIRED', 'downgrade with --sql requires <fromrev>:<torev>, because the current revision cannot be read without a database.', {
      hint: `For example: retort downgrade ${graph.heads[0] ?? '<rev>'}:base --sql`,
      exitCode: 2,
    });
  }
  const heads = startHeads(graph, start);
  const steps = req.direction === 'upgrade' ? planUpgrade(graph, heads, end) : planDowngrade(graph, heads, end);
  return renderOfflineScript(toPlannedSteps(graph, heads, steps), {
    versionTable: req.config.versionTable,
    transactionPerMigration: req.transactionPerMigration ?? req.config.transactionPerMigration,
    args: req.args ?? {},
    title: `${req.direction} ${start ?? 'base'}:${end}`,
    createVersionTable: heads.length === 0,
  });
}

/** `stamp --sql [A:]REV...`. */
export async function offlineStamp(req: OfflineRequest & { targets: string[]; purge: boolean }): Promise<string> {
  const { graph } = loadScriptDirectory(req.config.versionDirs);
  const ranges = req.targets.map(splitRange);
  const starts = [...new Set(ranges.map(([s]) => s).filter((s): s is string => s !== null))];
  const heads = req.purge ? [] : starts.flatMap((s) => startHeads(graph, s));
  const targets = ranges.map(([, end]) => end);
  return renderOfflineScript(toPlannedSteps(graph, heads, planStamp(graph, heads, targets, { purge: req.purge })), {
    versionTable: req.config.versionTable,
    transactionPerMigration: false,
    args: req.args ?? {},
    title: `stamp ${req.targets.join(' ')}`,
    createVersionTable: heads.length === 0,
    purge: req.purge,
  });
}
