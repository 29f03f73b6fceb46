import { maskUrl } from '@retort/errors';

describe('maskUrl', () => {
  it('masks the password of a postgres URL', () => {
    expect(maskUrl('could not connect to postgres://app:s3cr3t@db:5432/x')).toBe(
      'could not connect to postgres://app:***@db:5432/x',
    );
  });
  it('masks passwords that contain URL-encoded characters', () => {
    expect(maskUrl('postgresql://u:p%40ss%3Aw@h/d')).toBe('postgresql://u:***@h/d');
  });
  it('leaves URLs without a password alone', () => {
    expect(maskUrl('postgres://app@db/x and pglite://./.retort/db')).toBe(
      'postgres://app@db/x and pglite://./.retort/db',
    );
  });
});
