import { existsSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { RetortError } from '@retort/errors';
import type { ResolvedConfig } from '../config/config-types';
import type { RevisionNode } from '../graph/revision-node';
import { getRevision } from '../graph/revision-resolver';
import { resolveNewRevisionParents } from '../graph/new-revision-parents';
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

  for (const dep of o.dependsOn ?? []) {
    if (!getRevision(graph, dep)) throw fail('UNKNOWN_REVISION', `--depends-on ${dep} does not name a revision.`, 'See `retort history`.');
  }
  const { downRevisions, dependsOn } = resolveNewRevisionParents(graph, { head: o.head ?? 'head', splice: o.splice, dependsOn: o.dependsOn });
  for (const label of o.branchLabels ?? []) {
    const owner = graph.revisions().find((r) => r.header.branchLabels.includes(label));
    if (owner) throw fail('DUPLICATE_BRANCH_LABEL', `Branch label "${label}" is already used by revision ${owner.id}.`, 'Choose another label.');
  }
  const parents = downRevisions.map((id) => graph.get(id)!);
  const dir = versionDir(config, parents, o.versionPath);
  const path = join(dir, fileName(revision));
  if (existsSync(path)) throw fail('ALREADY_EXISTS', `${path} already exists.`, 'Pick another --rev-id or message.');
  return {
    path,
    revision,
    downRevision: downRevisions.length === 0 ? null : downRevisions.length === 1 ? downRevisions[0]! : downRevisions,
    branchLabels: o.branchLabels?.length ? [...o.branchLabels] : null,
    dependsOn: dependsOn.length ? dependsOn : null,
    message: o.message,
    createDate: o.now ?? new Date(),
  };
}

function versionDir(config: ResolvedConfig, parents: RevisionNode[], versionPath: string | undefined): string {
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
