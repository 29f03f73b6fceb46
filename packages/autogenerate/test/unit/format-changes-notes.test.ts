import { formatChanges } from '../../src/format-changes';

describe('check --format json', () => {
  test('carries the notes about skipped objects, so CI sees what retort does not manage', () => {
    const note =
      'Skipped policy "loose" (export loose): it is not linked to a table (use .link(table)).';
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
