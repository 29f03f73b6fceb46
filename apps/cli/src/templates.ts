/** The project templates `retort init --template` writes (Alembic's generic/async/multidb). */
export interface InitTemplate {
  name: 'drizzle' | 'typeorm' | 'blank';
  describe: string;
  schemaLine: string | null;
}

export const TEMPLATES: readonly InitTemplate[] = [
  { name: 'drizzle', describe: 'Drizzle ORM: models from a pgTable schema module', schemaLine: "schema: { drizzle: './src/db/schema.ts' }," },
  { name: 'typeorm', describe: 'TypeORM: entities from an exported DataSource', schemaLine: "schema: { typeorm: './src/data-source.ts' }," },
  { name: 'blank', describe: 'Hand-written migrations only (no ORM models)', schemaLine: null },
];

export function configSource(template: InitTemplate, migrationsDir: string): string {
  const lines = [
    "import { defineConfig } from 'retort-migrate';",
    '',
    'export default defineConfig({',
    "  // The embedded PostgreSQL (PGlite) by default; set DATABASE_URL=postgres://… for a server.",
    "  url: process.env.DATABASE_URL ?? 'pglite://./.retort/db',",
    template.schemaLine ? `  ${template.schemaLine}` : null,
    `  migrations: ${JSON.stringify(migrationsDir.startsWith('.') ? migrationsDir : `./${migrationsDir}`).replace(/"/g, "'")},`,
    "  versionTable: 'retort_version',",
    '});',
    '',
  ];
  return lines.filter((l) => l !== null).join('\n');
}

export const MIGRATIONS_README = `# Migrations

Revision files live in \`versions/\`. Each exports \`revision\`, \`downRevision\`, \`branchLabels\`
and \`dependsOn\` as literal constants (retort reads the graph from the file text), and
\`upgrade(op)\` / \`downgrade(op)\`.

- \`retort revision -m "message"\` writes a new, empty revision.
- \`retort upgrade head\` applies every pending revision; \`retort downgrade -1\` reverts one.
- \`retort history\`, \`retort current\`, \`retort heads\` show where things stand.
`;
