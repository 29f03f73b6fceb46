import type { Hazard } from '../types';

export function unresolvedTableRenameHazard(dropped: string, added: readonly string[]): Hazard {
  return {
    code: 'unresolved-rename',
    message: `Table ${dropped} is dropped while ${added.join(', ')} ${added.length === 1 ? 'is' : 'are'} created: if this is a rename, its rows are lost.`,
    suggestion: `Answer the rename prompt, or pass --rename-table ${dropped}=<new name>.`,
  };
}

export function unresolvedColumnRenameHazard(
  table: string,
  dropped: string,
  added: readonly string[],
): Hazard {
  return {
    code: 'unresolved-rename',
    message: `Column ${table}.${dropped} is dropped while ${added.join(', ')} ${added.length === 1 ? 'is' : 'are'} added: if this is a rename, its values are lost.`,
    suggestion: `Answer the rename prompt, or pass --rename-column ${table}.${dropped}=<new name>.`,
  };
}
