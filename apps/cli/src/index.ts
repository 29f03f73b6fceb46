/** What user code imports from 'retort-migrate': defineConfig for retort.config.ts, types for migrations. */
export { defineConfig, type RetortConfig } from '@retort/runtime';
export type { Operations, Operation, ColumnSpec } from '@retort/ops';
