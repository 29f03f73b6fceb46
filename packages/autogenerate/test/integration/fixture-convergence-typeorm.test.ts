import { testTargets } from '@retort/testing';
import { converge, listFixtures } from '../support/fixture-round-trip';

/** Group 1 for the typeorm fixtures of packages/extract (the Drizzle half is in fixture-convergence-drizzle.test.ts). */
describe.each(testTargets())('typeorm fixture convergence on $name', (target) => {
  test.each(listFixtures('typeorm'))('%s: generate, upgrade, clean, downgrade base = empty, upgrade again, = synchronize()', async (fixture) => {
    await expect(converge(target, 'typeorm', fixture)).resolves.toBeUndefined();
  });
});
