import { typeChange } from '../../src/compare/type-change';

describe('typeChange', () => {
  const cases: [string, string, string | undefined, boolean, boolean][] = [
    // from, to, using, rewrite, narrowing
    ['character varying(50)', 'character varying(100)', undefined, false, false],
    ['character varying(100)', 'character varying(50)', undefined, true, true],
    ['character varying(100)', 'character varying', undefined, false, false],
    ['character varying(100)', 'text', undefined, false, false],
    ['text', 'character varying', undefined, false, false],
    ['text', 'character varying(10)', undefined, true, true],
    ['text', 'character(2)', undefined, true, true],
    ['integer', 'bigint', undefined, true, false],
    ['bigint', 'integer', undefined, true, true],
    ['smallint', 'integer', undefined, true, false],
    ['integer', 'numeric(10,2)', undefined, true, true],
    ['numeric(10,2)', 'numeric(12,2)', undefined, false, false],
    ['numeric(10,2)', 'numeric(10,1)', undefined, true, true],
    ['numeric(10,2)', 'numeric', undefined, false, false],
    ['numeric', 'integer', undefined, true, true],
    ['double precision', 'real', undefined, true, true],
    ['integer', 'text', undefined, true, false],
    ['text', 'integer', '"c"::integer', true, false],
    ['text', 'uuid', '"c"::uuid', true, false],
    ['text', 'jsonb', '"c"::jsonb', true, false],
    ['json', 'jsonb', undefined, true, false],
    ['boolean', 'integer', '"c"::integer', true, false],
    ['timestamp without time zone', 'timestamp with time zone', undefined, true, false],
    ['timestamp(3) without time zone', 'timestamp(6) without time zone', undefined, false, false],
    ['timestamp(6) without time zone', 'timestamp(3) without time zone', undefined, true, true],
    ['timestamp with time zone', 'date', undefined, true, true],
    ['cidr', 'inet', undefined, false, false],
    ['text', 'public.mood', '"c"::public.mood', true, false],
    ['character varying(20)', 'public.mood', '"c"::public.mood', true, false],
    ['public.mood', 'text', undefined, true, false],
    ['public.mood', 'public.mood2', '"c"::text::public.mood2', true, false],
    ['public.mood[]', 'public.mood2[]', '"c"::text[]::public.mood2[]', true, false],
    ['text[]', 'integer[]', '"c"::integer[]', true, false],
    ['integer[]', 'bigint[]', undefined, true, false],
    ['text', 'text[]', '"c"::text[]', true, false],
  ];

  it.each(cases)('%s → %s', (from, to, using, rewrite, narrowing) => {
    expect(typeChange('c', from, to)).toEqual({ using, rewrite, narrowing });
  });
});
