import { testTargets } from '@retort/testing';
import { converge, listFixtures } from '../support/fixture-round-trip';

/** Group 1 for the drizzle fixtures of packages/extract (the TypeORM half is in fixture-convergence-typeorm.test.ts, so the two run in parallel). */
describe.each(testTargets())('drizzle fixture convergence on $name', (target) => {
  test.each(listFixtures('drizzle'))('%s: generate, upgrade, clean, downgrade base = empty, upgrade again, = drizzle-kit push', async (fixture) => {
    await expect(converge(target, 'drizzle', fixture)).resolves.toBeUndefined();
  });
});
