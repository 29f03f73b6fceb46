import { diff, downgradeFor } from '@retort/diff';
import type { Domain } from '@retort/schema';
import { enumType, model } from './builders';

const domain = (extra: Partial<Domain> = {}): Domain => ({
  schema: 'public',
  name: 'positive',
  type: 'integer',
  notNull: false,
  default: null,
  collation: null,
  checks: [{ name: 'positive_check', expression: '(VALUE > 0)' }],
  ...extra,
});

describe('domains (execute statements that carry their own reverse)', () => {
  it('creates a domain with its reverse', () => {
    const entries = diff(model(), model({ domains: [domain({ default: '1', notNull: true })] }));
    expect(entries).toEqual([
      {
        op: {
          kind: 'execute',
          sql: 'CREATE DOMAIN "public"."positive" AS integer DEFAULT 1 NOT NULL CONSTRAINT "positive_check" CHECK ((VALUE > 0))',
        },
        hazards: [],
        reverse: [{ kind: 'execute', sql: 'DROP DOMAIN "public"."positive"' }],
      },
    ]);
    expect(downgradeFor(entries)).toEqual([
      { op: { kind: 'execute', sql: 'DROP DOMAIN "public"."positive"' } },
    ]);
  });

  it('alters default, NOT NULL and checks in place', () => {
    const after = domain({
      default: '5',
      notNull: true,
      checks: [{ name: 'positive_check', expression: '(VALUE > 1)' }],
    });
    expect(
      diff(model({ domains: [domain()] }), model({ domains: [after] })).map((e) => [
        e.op,
        e.reverse![0],
      ]),
    ).toEqual([
      [
        { kind: 'execute', sql: 'ALTER DOMAIN "public"."positive" SET DEFAULT 5' },
        { kind: 'execute', sql: 'ALTER DOMAIN "public"."positive" DROP DEFAULT' },
      ],
      [
        { kind: 'execute', sql: 'ALTER DOMAIN "public"."positive" SET NOT NULL' },
        { kind: 'execute', sql: 'ALTER DOMAIN "public"."positive" DROP NOT NULL' },
      ],
      [
        {
          kind: 'execute',
          sql: 'ALTER DOMAIN "public"."positive" DROP CONSTRAINT "positive_check"',
        },
        {
          kind: 'execute',
          sql: 'ALTER DOMAIN "public"."positive" ADD CONSTRAINT "positive_check" CHECK ((VALUE > 0))',
        },
      ],
      [
        {
          kind: 'execute',
          sql: 'ALTER DOMAIN "public"."positive" ADD CONSTRAINT "positive_check" CHECK ((VALUE > 1))',
        },
        {
          kind: 'execute',
          sql: 'ALTER DOMAIN "public"."positive" DROP CONSTRAINT "positive_check"',
        },
      ],
    ]);
  });

  it('drops a domain before the enum it is based on', () => {
    const before = model({
      enums: [enumType('e', ['a'])],
      domains: [domain({ type: 'public.e', checks: [] })],
    });
    expect(diff(before, model()).map((e) => e.op)).toEqual([
      { kind: 'execute', sql: 'DROP DOMAIN "public"."positive"' },
      { kind: 'dropEnum', name: 'e', definition: { values: ['a'] } },
    ]);
  });
});
