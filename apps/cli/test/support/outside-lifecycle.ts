import { join } from 'node:path';
import type { OutsideProject } from './outside-project';

/** The edit that makes the second revision: a line added to a model file, and what the revision must say. */
export interface ModelEdit {
  file: string;
  from: string;
  to: string;
  expect: string;
}

/** A revision file's text with double quotes as single ones: a project's own prettier may prefer either. */
function revisionText(p: OutsideProject, file: string): string {
  return p.read(`migrations/versions/${file}`).replaceAll('"', "'");
}

/**
 * A user's first days with retort in an installed project: autogenerate → upgrade → check → model
 * edit → autogenerate → upgrade → check → downgrade -1, then the user's own `tsc` over the config
 * and the generated revisions.
 */
export function lifecycle(
  p: OutsideProject,
  env: Record<string, string | undefined>,
  model: ModelEdit,
): void {
  p.retort(['revision', '--autogenerate', '-m', 'first'], env);
  const [first] = p.revisions();
  expect(revisionText(p, first!)).toContain("import type { Operations } from 'retort-migrate';");
  p.retort(['upgrade', 'head'], env);
  expect(p.retort(['check'], env)).toContain('No changes detected');

  p.edit(model.file, model.from, model.to);
  p.retort(['revision', '--autogenerate', '-m', 'second'], env);
  const second = p.revisions().find((f) => f !== first)!;
  expect(revisionText(p, second)).toContain(model.expect);
  p.retort(['upgrade', 'head'], env);
  expect(p.retort(['check'], env)).toContain('No changes detected');
  p.retort(['downgrade', '-1'], env);
  expect(p.retort(['current'], env)).toContain(first!.slice(0, 12));
  // the user's TypeScript accepts retort.config.ts and the generated revisions
  p.exec(join(p.dir, 'node_modules', '.bin', 'tsc'), ['-p', '.']);
}
