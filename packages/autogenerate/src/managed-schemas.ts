import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedConfig } from '@retort/runtime';

/** `op.createSchema('billing')` as codegen writes it (and as people write it by hand). */
const CREATE_SCHEMA = /\bop\s*\.\s*createSchema\s*\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g;
const REVISION_FILE = /\.(?:[cm]?ts|[cm]?js)$/;

/**
 * The schemas retort manages besides the model's own: those a revision file of the project
 * creates (`op.createSchema(...)` in its text). A schema that leaves the model is still read
 * from the database, so that its drop can be proposed; a schema no revision ever created
 * (made by hand, by an extension, by another tool) is never looked at, so never dropped.
 */
export function schemasCreatedByRevisions(config: Pick<ResolvedConfig, 'versionDirs'>): string[] {
  const names = new Set<string>();
  for (const dir of config.versionDirs) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => REVISION_FILE.test(f) && !f.endsWith('.d.ts'));
    } catch {
      continue; // no versions directory yet
    }
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      if (!text.includes('createSchema')) continue;
      for (const match of text.matchAll(CREATE_SCHEMA)) names.add(unescape(match[2]!));
    }
  }
  return [...names].sort();
}

function unescape(literal: string): string {
  return literal.replace(/\\(.)/g, '$1');
}
