import { RetortError } from '@retort/errors';
import { resolveConfig } from '../../src/config/resolve-config';

const FILE = '/project/retort.config.ts';

describe('schema.extensions in retort.config.ts', () => {
  test('names and { name, schema } objects; the schema defaults to public', () => {
    const config = resolveConfig({ schema: { drizzle: './schema.ts', extensions: ['pg_trgm', { name: 'postgis', schema: 'gis' }, { name: 'citext' }] } }, FILE, {});
    expect(config.schema.extensions).toEqual([
      { name: 'pg_trgm', schema: 'public' },
      { name: 'postgis', schema: 'gis' },
      { name: 'citext', schema: 'public' },
    ]);
    expect(resolveConfig({}, FILE, {}).schema.extensions).toEqual([]);
  });

  test.each([
    ['a string', 'pg_trgm'],
    ['an empty name', ['']],
    ['a number', [1]],
    ['an unknown key', [{ name: 'x', version: '1.0' }]],
    ['an empty schema', [{ name: 'x', schema: '' }]],
  ])('%s is a BAD_CONFIG error with an example', (_label, extensions) => {
    const attempt = () => resolveConfig({ schema: { extensions: extensions as never } }, FILE, {});
    expect(attempt).toThrow(RetortError);
    expect(attempt).toThrow(`${FILE}: "schema.extensions" must be an array of extension names or { name, schema } objects.`);
    try {
      attempt();
    } catch (error) {
      expect((error as RetortError).code).toBe('BAD_CONFIG');
      expect((error as RetortError).hint).toContain("extensions: ['pg_trgm'");
    }
  });
});
