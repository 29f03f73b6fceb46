import type { DetectedProject } from './detect-project';

/** The import specifier of a project file from retort.config.ts (`.ts` → `.js`, as NodeNext wants). */
export function importSpecifier(file: string): string {
  return file.replace(/\.ts$/, '.js').replace(/\.mts$/, '.mjs').replace(/\.cts$/, '.cjs');
}

/** retort.config.ts for a detected project: it imports the ORM's own config, never copies it. */
export function detectedConfigSource(project: DetectedProject, migrationsDir: string): string {
  const [helper, importLine, spread] =
    project.kind === 'drizzle'
      ? ['fromDrizzleKit', `import drizzleConfig from '${importSpecifier(project.file)}';`, `fromDrizzleKit(drizzleConfig, '${project.file.slice(2)}')`]
      : ['fromTypeOrm', `import * as dataSource from '${importSpecifier(project.file)}';`, `fromTypeOrm(dataSource, '${project.file}')`];
  const source = project.kind === 'drizzle' ? project.file.slice(2) : `the DataSource in ${project.file.slice(2)}`;
  return [
    `import { defineConfig, ${helper} } from 'retort-migrate';`,
    importLine,
    '',
    'export default defineConfig({',
    `  // Models, database and filters come from ${source}.`,
    `  ...${spread},`,
    `  migrations: '${migrationsDir}',`,
    "  versionTable: 'retort_version',",
    '});',
    '',
  ].join('\n');
}
