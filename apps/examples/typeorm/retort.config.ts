import { defineConfig } from 'retort-migrate';

export default defineConfig({
  // The embedded PostgreSQL (PGlite) by default; set DATABASE_URL=postgres://… for a server.
  url: process.env.DATABASE_URL ?? 'pglite://./.retort/db',
  schema: { typeorm: './src/data-source.ts' },
  migrations: './migrations',
});
