import type { DiffEntry } from '@retort/diff';
import { compileOperation, renderStatementOffline } from '@retort/ops';

/** The SQL statements an upgrade operation runs, as `--sql` would print them. */
export const sqlOf = (entry: DiffEntry): string[] => compileOperation(entry.op).map(renderStatementOffline);
