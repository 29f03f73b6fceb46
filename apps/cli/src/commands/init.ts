import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { RetortError } from '@retort/errors';
import type { RetortConfig } from '@retort/runtime';
import { defineCommand } from './define-command';
import type { CommandContext } from '../context';
import { TEMPLATES, configSource, MIGRATIONS_README } from '../templates';
import { detectProject, type DetectedProject } from '../init/detect-project';
import { detectedConfigSource } from '../init/detected-config';
import { gitignoreWithRetort } from '../init/gitignore';

export const initCommand = defineCommand<{ dir: string; template?: string }>({
  command: 'init [dir]',
  describe: 'Create retort.config.ts (reusing drizzle.config or a TypeORM DataSource when found) and a migrations folder',
  builder: (y) =>
    y
      .positional('dir', { type: 'string', default: 'migrations', describe: 'Migrations folder to create' })
      .option('template', {
        alias: 't',
        type: 'string',
        choices: TEMPLATES.map((t) => t.name),
        describe: 'Project template (default: detect drizzle.config / a TypeORM DataSource, else drizzle)',
      }),
  examples: [
    ['$0 init', 'retort.config.ts and migrations/, reusing drizzle.config or a TypeORM DataSource when found'],
    ['$0 init db/migrations --template typeorm', 'A TypeORM template, into db/migrations'],
  ],
  async handler(args, ctx) {
    const configFile = join(ctx.cwd, 'retort.config.ts');
    const migrationsDir = resolve(ctx.cwd, args.dir);
    if (existsSync(configFile)) {
      throw new RetortError('ALREADY_EXISTS', `${configFile} already exists; init does not overwrite files.`, {
        hint: 'Edit the existing config, or run init in another folder.',
      });
    }
    if (existsSync(migrationsDir) && readdirSync(migrationsDir).length > 0) {
      throw new RetortError('ALREADY_EXISTS', `Directory ${migrationsDir} already exists and is not empty.`, {
        hint: 'Choose another folder: retort init <dir>.',
      });
    }
    const rel = relative(ctx.cwd, migrationsDir) || '.';
    const migrations = rel.startsWith('.') ? rel : `./${rel}`;
    const detected = args.template === undefined ? detectProject(ctx.cwd) : null;
    const template = TEMPLATES.find((t) => t.name === (args.template ?? 'drizzle'))!;
    const embedded = detected ? !(await databaseNamed(ctx, detected)) : true;
    const { writeFilesAtomically } = await ctx.runtime();
    writeFilesAtomically([
      { path: join(migrationsDir, 'versions', '.gitkeep'), content: '' },
      { path: join(migrationsDir, 'README.md'), content: MIGRATIONS_README },
      { path: configFile, content: detected ? detectedConfigSource(detected, migrations) : configSource(template, migrations) },
    ]);
    ctx.output.info(`Created ${configFile}`);
    ctx.output.info(`Created ${join(migrationsDir, 'versions')}/`);
    const gitignore = embedded ? gitignoreWithRetort(ctx.cwd) : null;
    if (gitignore) {
      writeFilesAtomically([gitignore], { overwrite: true });
      ctx.output.info(`Added .retort/ (the embedded database) to ${gitignore.path}`);
    }
    if (detected?.kind === 'drizzle') ctx.output.info(`Reusing ${detected.file.slice(2)}: schema, dbCredentials, schemaFilter, tablesFilter, casing.`);
    else if (detected) ctx.output.info(`Reusing the TypeORM DataSource in ${detected.file.slice(2)} (found by ${detected.foundBy}): connection, entities, migrations table.`);
    else ctx.output.info(`Template: ${template.name}.`);
    ctx.output.info(
      embedded
        ? 'Database: the embedded PGlite in .retort/ (set DATABASE_URL or --url for a server).'
        : 'Database: the one your ORM config names.',
    );
    ctx.output.info('Next: retort revision --autogenerate -m "first revision" (an existing database: retort adopt)');
  },
});

/** Loads the detected ORM config the way retort.config.ts will, to learn whether it names a database. */
async function databaseNamed(ctx: CommandContext, project: DetectedProject): Promise<boolean> {
  const rt = await ctx.runtime();
  const file = resolve(ctx.cwd, project.file);
  const mod = await rt.loadModule(file, project.kind === 'drizzle' ? 'drizzle-kit config' : 'TypeORM data source');
  const config: RetortConfig = project.kind === 'drizzle' ? rt.fromDrizzleKit(mod, project.file.slice(2)) : rt.fromTypeOrm(mod, project.file);
  if (!config.url && config.urlFrom) {
    ctx.output.info(`Note: ${config.urlFrom} names no database right now (is its environment variable set?); retort will ask for it.`);
  }
  return Boolean(config.url || config.urlFrom);
}

export const listTemplatesCommand = defineCommand<{ json?: boolean }>({
  command: 'list-templates',
  describe: 'List the templates init can use',
  builder: (y) => y.option('json', { type: 'boolean', describe: 'Print JSON: [{ "name", "describe" }]' }),
  examples: [
    ['$0 list-templates', 'drizzle, typeorm, blank'],
    ['$0 list-templates --json', 'The same as JSON'],
  ],
  async handler(args, ctx) {
    if (args.json) return ctx.output.data(TEMPLATES.map((t) => ({ name: t.name, describe: t.describe })));
    ctx.output.result(['Available templates:', '', ...TEMPLATES.map((t) => `${t.name.padEnd(8)} - ${t.describe}`), '', 'Templates are used via: retort init --template <name> [dir]'].join('\n'));
  },
});
