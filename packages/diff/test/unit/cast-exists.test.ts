import { diff } from '@retort/diff';
import { castExists } from '../../src/compare/cast-exists';
import { col, idTable, model } from './builders';

describe('castExists', () => {
  it('knows the conversions PostgreSQL has and those it has not', () => {
    expect(castExists('integer', 'bigint')).toBe(true);
    expect(castExists('character varying(20)', 'integer')).toBe(true);
    expect(castExists('integer', 'text')).toBe(true);
    expect(castExists('integer', 'boolean')).toBe(true);
    expect(castExists('jsonb', 'numeric')).toBe(true);
    expect(castExists('public.mood', 'integer')).toBe(true);
    expect(castExists('integer', 'uuid')).toBe(false);
    expect(castExists('uuid', 'integer')).toBe(false);
    expect(castExists('boolean', 'timestamp with time zone')).toBe(false);
    expect(castExists('integer[]', 'integer')).toBe(false);
  });

  it('drops and adds a column whose new type has no cast, with a data-loss hazard', () => {
    const entries = diff(
      model({ tables: [idTable('t', [col('ref', 'integer')])] }),
      model({ tables: [idTable('t', [col('ref', 'uuid')])] }),
    );
    expect(entries.map((e) => e.op.kind)).toEqual(['dropColumn', 'addColumn']);
    expect(entries[0]!.hazards.map((h) => h.code)).toContain('data-loss');
  });
});
