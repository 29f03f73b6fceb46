/** What a user's retort.config.ts imports from 'retort'. */
export { defineConfig, type RetortConfig } from '@retort/runtime';
