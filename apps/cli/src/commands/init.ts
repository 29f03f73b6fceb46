import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { RetortError } from '@retort/errors';
import { defineCommand } from './define-command';
import { TEMPLATES, configSource, MIGRATIONS_README } from '../templates';

export const initCommand = defineCommand<{ dir: string; template: string }>({
  command: 'init [dir]',
  describe: 'Create retort.config.ts and a migrations folder in the current project',
  builder: (y) =>
    y
      .positional('dir', { type: 'string', default: 'migrations', describe: 'Migrations folder to create' })
      .option('template', { alias: 't', type: 'string', default: 'drizzle', choices: TEMPLATES.map((t) => t.name), describe: 'Project template' }),
  async handler(args, ctx) {
    const template = TEMPLATES.find((t) => t.name === args.template)!;
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
    const { writeFilesAtomically, RETORT_DIR_GITIGNORE } = await ctx.runtime();
    const stateIgnore = join(ctx.cwd, '.retort', RETORT_DIR_GITIGNORE.name);
    const rel = relative(ctx.cwd, migrationsDir) || '.';
    writeFilesAtomically([
      { path: join(migrationsDir, 'versions', '.gitkeep'), content: '' },
      { path: join(migrationsDir, 'README.md'), content: MIGRATIONS_README },
      { path: configFile, content: configSource(template, rel.startsWith('.') ? rel : `./${rel}`) },
      // .retort/ holds local state (the embedded database, the last tenant report): never committed
      ...(existsSync(stateIgnore) ? [] : [{ path: stateIgnore, content: RETORT_DIR_GITIGNORE.content }]),
    ]);
    ctx.output.info(`Created ${configFile}`);
    ctx.output.info(`Created ${join(migrationsDir, 'versions')}/`);
    ctx.output.info(`Template: ${template.name}. Next: retort revision -m "first revision"`);
  },
});

export const listTemplatesCommand = defineCommand({
  command: 'list-templates',
  describe: 'List the templates init can use',
  async handler(_args, ctx) {
    ctx.output.result(['Available templates:', '', ...TEMPLATES.map((t) => `${t.name.padEnd(8)} - ${t.describe}`), '', 'Templates are used via: retort init --template <name> [dir]'].join('\n'));
  },
});
