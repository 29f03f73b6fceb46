import type { Column, Sequence } from '../../src/model';
import { detectSerial, expandSerial, nextvalDefault, regclassLiteral } from '../../src/canonical/serial';
import { resolveSequenceOptions } from '../../src/canonical/sequence-options';

const column = (over: Partial<Column>): Column => ({
  name: 'id',
  type: 'integer',
  nullable: false,
  default: "nextval('users_id_seq'::regclass)",
  identity: null,
  generated: null,
  collation: null,
  comment: null,
  ...over,
});

describe('sequence options', () => {
  test('PostgreSQL defaults per type and direction', () => {
    expect(resolveSequenceOptions('integer')).toEqual({
      start: '1', increment: '1', minValue: '1', maxValue: '2147483647', cache: '1', cycle: false,
    });
    expect(resolveSequenceOptions('bigint').maxValue).toBe('9223372036854775807');
    expect(resolveSequenceOptions('smallint', { increment: -1 })).toEqual({
      start: '-1', increment: '-1', minValue: '-32768', maxValue: '-1', cache: '1', cycle: false,
    });
    expect(resolveSequenceOptions('integer', { minValue: 10, cache: 20, cycle: true })).toEqual({
      start: '10', increment: '1', minValue: '10', maxValue: '2147483647', cache: '20', cycle: true,
    });
  });
});

describe('serial columns', () => {
  test('regclass literals follow the default search_path', () => {
    expect(regclassLiteral('public', 'users_id_seq')).toBe("'users_id_seq'::regclass");
    expect(regclassLiteral('app', 'users_id_seq')).toBe("'app.users_id_seq'::regclass");
    expect(regclassLiteral('public', 'order_id_seq')).toBe("'order_id_seq'::regclass");
    expect(regclassLiteral('My App', "it's_seq")).toBe(`'"My App"."it''s_seq"'::regclass`);
    expect(nextvalDefault('public', 'Users_id_seq')).toBe(`nextval('"Users_id_seq"'::regclass)`);
  });

  test('expandSerial gives the column and its owned sequence', () => {
    expect(expandSerial('public', 'users', 'id', 'bigint')).toEqual({
      column: { type: 'bigint', nullable: false, default: "nextval('users_id_seq'::regclass)" },
      sequence: {
        schema: 'public', name: 'users_id_seq', type: 'bigint', start: '1', increment: '1', minValue: '1',
        maxValue: '9223372036854775807', cache: '1', cycle: false, ownedBy: { table: 'users', column: 'id' },
      },
    });
  });

  test('detectSerial recognises the expansion and nothing else', () => {
    const { sequence } = expandSerial('public', 'users', 'id', 'integer');
    expect(detectSerial('public', 'users', column({}), [sequence])).toBe('serial');
    const big = expandSerial('app', 'users', 'id', 'bigint');
    expect(detectSerial('app', 'users', column({ type: 'bigint', default: big.column.default }), [big.sequence])).toBe('bigserial');
    expect(detectSerial('public', 'users', column({ nullable: true }), [sequence])).toBeNull();
    expect(detectSerial('public', 'users', column({}), [{ ...sequence, cache: '10' }])).toBeNull();
    expect(detectSerial('public', 'users', column({}), [{ ...sequence, ownedBy: null }])).toBeNull();
    expect(detectSerial('public', 'users', column({ type: 'bigint' }), [sequence])).toBeNull();
    expect(detectSerial('public', 'users', column({}), [])).toBeNull();
    const other: Sequence = { ...sequence, name: 'users_id_seq1' };
    expect(detectSerial('public', 'users', column({ default: "nextval('users_id_seq1'::regclass)" }), [other])).toBe('serial');
  });
});
