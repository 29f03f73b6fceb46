import { compileOperation, type Operation } from '@retort/ops';
import { allSamples, sampleOperations } from './sample-operations';

describe('operations are plain data', () => {
  it.each(allSamples.map((op) => [op.kind, op] as const))(
    '%s round-trips through JSON',
    (_kind, op) => {
      const copy = JSON.parse(JSON.stringify(op)) as Operation;
      expect(copy).toStrictEqual(op);
      expect(compileOperation(copy)).toStrictEqual(compileOperation(op));
    },
  );

  it.each(allSamples.map((op) => [op.kind, op] as const))(
    '%s compiles to at least one statement',
    (_kind, op) => {
      const statements = compileOperation(op);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) expect(statement.sql).not.toBe('');
    },
  );

  it('has a sample for every kind', () => {
    expect(Object.keys(sampleOperations)).toHaveLength(38);
  });

  it('refuses an unknown kind read from JSON', () => {
    const bogus = JSON.parse('{"kind":"dropEverything"}') as Operation;
    expect(() => compileOperation(bogus)).toThrow('Unknown operation kind: dropEverything');
  });
});
