import { formatChanges } from '../../src/format-changes';

describe('check --format json', () => {
  test('carries the notes about skipped objects, so CI sees what retort does not manage', () => {
    const note =
      'Skipped view "active_accounts" (export activeAccounts): retort does not manage it yet.';
    expect(JSON.parse(formatChanges([], 'json', { notes: [note] }))).toEqual({
      changes: 0,
      operations: [],
      notes: [note],
    });
    expect(JSON.parse(formatChanges([], 'json'))).toEqual({
      changes: 0,
      operations: [],
      notes: [],
    });
  });
});
