import type { Operation } from '@retort/ops';
import type { TableRef } from '../finding';

/** `schema.name`, an unqualified name standing for public (the default search_path). */
export function tableKey(table: TableRef): string {
  return `${table.schema ?? 'public'}.${table.name}`;
}

export function tableLabel(table: TableRef): string {
  return table.schema === undefined ? table.name : `${table.schema}.${table.name}`;
}

/** The table an operation locks, or null (schemas, types, raw SQL, settings). */
export function targetTable(op: Operation): TableRef | null {
  switch (op.kind) {
    case 'createTable':
    case 'dropTable':
      return { schema: op.schema, name: op.name };
    case 'execute':
    case 'setLockTimeout':
      return null;
    default: {
      const table = (op as { table?: unknown }).table;
      if (typeof table !== 'string') return null;
      return { schema: (op as { schema?: string }).schema, name: table };
    }
  }
}

/**
 * What the lint knows while it walks one revision: the tables and indexes it created (new,
 * so nothing waits on them), and the NOT NULL checks validated so far (carried across files).
 */
export class LintState {
  readonly createdTables = new Set<string>();
  readonly createdIndexes = new Set<string>();
  lockTimeoutSet = false;

  constructor(
    /** `table.column` keys whose `CHECK (col IS NOT NULL)` is validated. */
    readonly validatedNotNull: Set<string>,
    /** Checks added NOT VALID and not yet validated, by table key and constraint name. */
    readonly pendingNotNull: Map<string, string>,
  ) {}

  isNew(table: TableRef): boolean {
    return this.createdTables.has(tableKey(table));
  }

  /** Keeps the new-table set true across creates, renames and drops. */
  track(op: Operation): void {
    if (op.kind === 'createTable')
      this.createdTables.add(tableKey({ schema: op.schema, name: op.name }));
    if (op.kind === 'createIndex') this.createdIndexes.add(`${op.schema ?? 'public'}.${op.name}`);
    if (op.kind === 'renameTable') {
      const from = tableKey({ schema: op.schema, name: op.table });
      if (this.createdTables.delete(from))
        this.createdTables.add(tableKey({ schema: op.schema, name: op.newName }));
    }
    if (op.kind === 'setLockTimeout' || (op.kind === 'execute' && SET_LOCK_TIMEOUT.test(op.sql)))
      this.lockTimeoutSet = true;
  }
}

/** `op.execute('SET lock_timeout = …')` sets it as well as `op.setLockTimeout`. */
export const SET_LOCK_TIMEOUT = /^\s*set\s+(local\s+|session\s+)?lock_timeout\b/i;
