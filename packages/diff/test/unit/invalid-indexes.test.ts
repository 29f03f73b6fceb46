import { diff, downgradeFor } from '@retort/diff';
import { col, idTable, index, model } from './builders';

describe('an invalid index (left by a failed CREATE INDEX CONCURRENTLY)', () => {
  const users = (extra = {}) => idTable('users', [col('email', 'text')], extra);

  it('is never the model index of the same name: dropped and built again', () => {
    const entries = diff(
      model({
        tables: [users({ indexes: [index('users_email_idx', ['email'], { invalid: true })] })],
      }),
      model({ tables: [users({ indexes: [index('users_email_idx', ['email'])] })] }),
    );
    expect(entries.map((e) => e.op.kind)).toEqual(['dropIndex', 'createIndex']);
    expect(entries[0]!.hazards.map((h) => h.code)).toEqual(['invalid-index']);
    // the way back drops the rebuilt index and leaves the invalid one gone
    expect(downgradeFor(entries).map((s) => ('op' in s ? s.op.kind : 'irreversible'))).toEqual([
      'dropIndex',
    ]);
  });

  it('is dropped when the model has no such index', () => {
    const entries = diff(
      model({
        tables: [
          users({
            indexes: [index('users_email_key', ['email'], { unique: true, invalid: true })],
          }),
        ],
      }),
      model({ tables: [users()] }),
    );
    expect(entries.map((e) => [e.op.kind, e.hazards.map((h) => h.code)])).toEqual([
      ['dropIndex', ['invalid-index']],
    ]);
    expect(downgradeFor(entries)).toEqual([]);
  });
});
