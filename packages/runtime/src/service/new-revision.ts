import { existsSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { RetortError } from '@retort/errors';
import type { ResolvedConfig } from '../config/config-types';
import type { RevisionGraph } from '../graph/revision-graph';
import type { Revision } from '../graph/revision-node';
import { getRevisions, getRevision } from '../graph/revision-resolver';
import { generateRevisionId } from '../script/revision-id';
import { loadScriptDirectory } from '../script/script-directory';

export interface NewRevisionOptions {
  message: string;
  /** Where the revision attaches: 'head' (default), 'base', an id, 'branch@head', or several (merge). */
  head?: string | readonly string[];
  splice?: boolean;
  branchLabels?: readonly string[];
  dependsOn?: readonly string[];
  revId?: string;
  versionPath?: string;
  now?: Date;
}

/** Everything needed to render and write a new revision file (codegen's RevisionFileSpec). */
export interface NewRevision {
  path: string;
  revision: string;
  downRevision: string | readonly string[] | null;
  branchLabels: readonly string[] | null;
  dependsOn: readonly string[] | null;
  message: string;
  createDate: Date;
}

const fail = (code: string, message: string, hint?: string) => new RetortError(code, message, hint ? { hint } : {});

/**
 * Alembic's `generate_revision`: where a new revision attaches, its id, dependencies and file
 * path, checked against the graph (no write happens here).
 */
export function planNewRevision(config: ResolvedConfig, o: NewRevisionOptions, fileName: (rev: string) => string): NewRevision {
  const { graph } = loadScriptDirectory(config.versionDirs);
  const revision = o.revId ?? generateRevisionId();
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(revision)) {
    throw fail('BAD_REVISION_ID', `Revision id "${revision}" is not valid.`, 'Use 1 to 32 letters, digits, "_" or "-" (retort generates 12 hex characters by default).');
  }
  if (graph.get(revision)) throw fail('DUPLICATE_REVISION', `Revision ${revision} already exists (${graph.get(revision)!.header.file}).`, 'Pick another --rev-id.');

  const parents = resolveParents(graph, o.head ?? 'head');
  if (!o.splice) {
    for (const p of parents) {
      if (!p.isHead) {
        throw fail('NOT_A_HEAD', `Revision ${p.id} is not a head revision.`, 'Pass --splice to create a new branch from this revision.');
      }
    }
  }
  for (const label of o.branchLabels ?? []) {
    const owner = graph.revisions().find((r) => r.header.branchLabels.includes(label));
    if (owner) throw fail('DUPLICATE_BRANCH_LABEL', `Branch label "${label}" is already used by revision ${owner.id}.`, 'Choose another label.');
  }
  const dependsOn = (o.dependsOn ?? []).map((dep) => {
    const rev = getRevision(graph, dep);
    if (!rev) throw fail('UNKNOWN_REVISION', `--depends-on ${dep} does not name a revision.`);
    return rev.branchLabels.has(dep) ? dep : rev.id;
  });
  const dir = versionDir(config, parents, o.versionPath);
  const path = join(dir, fileName(revision));
  if (existsSync(path)) throw fail('ALREADY_EXISTS', `${path} already exists.`, 'Pick another --rev-id or message.');
  return {
    path,
    revision,
    downRevision: parents.length === 0 ? null : parents.length === 1 ? parents[0]!.id : parents.map((p) => p.id),
    branchLabels: o.branchLabels?.length ? [...o.branchLabels] : null,
    dependsOn: dependsOn.length ? dependsOn : null,
    message: o.message,
    createDate: o.now ?? new Date(),
  };
}

function resolveParents(graph: RevisionGraph, head: string | readonly string[]): Revision[] {
  let resolved;
  try {
    resolved = getRevisions(graph, head);
  } catch (error) {
    if (error instanceof RetortError && error.code === 'MULTIPLE_HEADS') {
      throw fail('MULTIPLE_HEADS', 'Multiple heads are present; specify the head revision on which the new revision should be based (--head), or merge them first.', 'See `retort heads`, then `retort merge heads -m "merge"`.');
    }
    throw error;
  }
  const parents = resolved.filter((r): r is Revision => r !== null && r !== 'base');
  if (new Set(parents).size !== parents.length) throw fail('DUPLICATE_HEADS', 'The same head revision was named twice.');
  return parents;
}

function versionDir(config: ResolvedConfig, parents: Revision[], versionPath: string | undefined): string {
  if (versionPath !== undefined) {
    const wanted = normalize(resolve(versionPath));
    if (!config.versionDirs.some((d) => normalize(d) === wanted)) {
      throw fail('BAD_VERSION_PATH', `--version-path ${versionPath} is not one of the configured version locations.`, `Configured: ${config.versionDirs.join(', ')}`);
    }
    return wanted;
  }
  if (config.versionDirs.length > 1 && parents.length) return dirname(parents[0]!.header.file);
  return config.versionDirs[0]!;
}
