/**
 * What user code imports from 'retort-migrate': defineConfig (and the fromDrizzleKit/fromTypeOrm
 * adapters `retort init` writes) for retort.config.ts, types for migration files.
 */
export { defineConfig, fromDrizzleKit, fromTypeOrm, type RetortConfig } from '@retort/runtime';
export type { Operations, Operation, ColumnSpec } from '@retort/ops';
