import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../../extract/test/support/open-target';
import type { TestTarget } from '@retort/testing';
import type { SchemaModel } from '@retort/schema';
import { modelDifferences } from './model-assert';
import { dataSourceSource, drizzleOracle, typeormOracle } from './orm-oracle';
import { TempProject, type SchemaSource } from './temp-project';
import { downgrade, generateRevision, liveModel, pendingChanges, sessionOver, upgrade, type Session } from './workflow';

/**
 * The round trip of one extract fixture, from an empty database: autogenerate → upgrade head →
 * nothing left to generate → downgrade base leaves no user objects → upgrade head again gives
 * the same schema, and that schema is the one the ORM's own tool (drizzle-kit push, TypeORM
 * synchronize) builds.
 */
const FIXTURES = resolve(__dirname, '..', '..', '..', 'extract', 'test', 'fixtures');
export type Orm = 'drizzle' | 'typeorm';

export const listFixtures = (orm: Orm): string[] => readdirSync(join(FIXTURES, orm)).filter((f) => f.endsWith('.ts')).sort();
const CASING: Record<string, 'snake_case' | 'camelCase'> = { 'casing.ts': 'snake_case' };

/**
 * Runs the lifecycle and leaves the database empty again (at base, without the version table)
 * for the oracle; each failed expectation is collected so one run reports all of them.
 */
async function lifecycle(s: Session, label: string, problems: string[]): Promise<{ upgraded: SchemaModel; schemas: string[] }> {
  const generated = await generateRevision(s, `create ${label}`);
  const schemas = generated.target.schemas;
  if (generated.file === null || !existsSync(generated.file)) throw new Error(`${label}: autogenerate found nothing to do on an empty database`);
  const empty = await liveModel(s.driver, schemas);

  await upgrade(s, 'head');
  const upgraded = await liveModel(s.driver, schemas);
  const left = await pendingChanges(s);
  if (left.length) problems.push(`after upgrade head, autogenerate still finds:\n    ${left.join('\n    ')}`);

  await downgrade(s, 'base');
  const downgraded = modelDifferences(await liveModel(s.driver, schemas), empty);
  if (downgraded.length) problems.push(`after downgrade base (first) vs the empty database (second):\n    ${downgraded.join('\n    ')}`);

  await upgrade(s, 'head');
  const again = modelDifferences(await liveModel(s.driver, schemas), upgraded);
  if (again.length) problems.push(`the second upgrade head (first) vs the first (second):\n    ${again.join('\n    ')}`);

  await downgrade(s, 'base');
  await s.driver.exec('drop table retort_version; drop table retort_version_checksums');
  return { upgraded, schemas };
}

function schemaSource(orm: Orm, fixture: string, project: TempProject): SchemaSource {
  const file = join(FIXTURES, orm, fixture);
  if (orm === 'drizzle') return CASING[fixture] ? { drizzle: file, casing: CASING[fixture] } : { drizzle: file };
  project.write('data-source.ts', dataSourceSource(file));
  return { typeorm: './data-source.ts' };
}

export async function converge(target: TestTarget, orm: Orm, fixture: string): Promise<void> {
  const label = `${orm}/${fixture} on ${target.name}`;
  const problems: string[] = [];
  const project = new TempProject(`fixture-${orm}-`);
  const created = await target.create();
  const db = await openDatabase(created.url);
  try {
    const s = sessionOver(project.config(created.url, schemaSource(orm, fixture, project)), db);
    const { upgraded, schemas } = await lifecycle(s, fixture.replace(/\.ts$/, ''), problems);
    // the ORM's own DDL, on the same (now empty) database
    const file = join(FIXTURES, orm, fixture);
    const oracle = orm === 'drizzle' ? await drizzleOracle(db, file, schemas, CASING[fixture]) : await typeormOracle(db, file, schemas);
    const differences = modelDifferences(upgraded, oracle, { ignoreColumnOrder: true });
    if (differences.length) problems.push(`our upgrade (first) vs the ORM's own DDL (second):\n    ${differences.join('\n    ')}`);
  } finally {
    await db.close();
    await created.dispose();
    project.dispose();
  }
  if (problems.length) throw new Error(`${label}:\n  ${problems.join('\n  ')}`);
}

