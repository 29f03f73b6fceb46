import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BIN, runCli } from '../support/cli-project';

const DRIZZLE_MODULES = resolve(__dirname, '../../../examples/drizzle/node_modules');
const schema = (column: string) =>
  `import { integer, pgTable, text } from 'drizzle-orm/pg-core';\n` +
  `export const tasks = pgTable('tasks', { id: integer('id').primaryKey(), ${column}: text('${column}') });\n`;

/** A Drizzle project on its own PGlite directory, at a first revision with tasks.title. */
async function projectAtV1(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'retort-rename-'));
  symlinkSync(DRIZZLE_MODULES, join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'migrations', 'versions'), { recursive: true });
  writeFileSync(join(dir, 'retort.config.ts'), "export default { url: 'pglite://./db', schema: { drizzle: './schema.ts' } };\n");
  writeFileSync(join(dir, 'schema.ts'), schema('title'));
  for (const args of [['revision', '--autogenerate', '-m', 'v1'], ['upgrade', 'head']]) {
    const r = await runCli(args, { cwd: dir });
    if (r.code !== 0) throw new Error(r.stderr);
  }
  writeFileSync(join(dir, 'schema.ts'), schema('name'));
  return dir;
}

/** `revision --autogenerate -m v2` on a pseudo-terminal (`script`), typing `input`. */
const onTerminal = (dir: string, input: string) =>
  spawnSync('script', ['-qec', `${process.execPath} ${BIN} revision --autogenerate -m v2`, '/dev/null'], { cwd: dir, input, encoding: 'utf8' });

/** The same on a pseudo-terminal, pressing Ctrl-C once the rename question is on screen. */
function interruptAtPrompt(dir: string): Promise<{ stdout: string; status: number | null }> {
  return new Promise((done, fail) => {
    const child = spawn('script', ['-qec', `${process.execPath} ${BIN} revision --autogenerate -m v2`, '/dev/null'], { cwd: dir });
    let stdout = '';
    let pressed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!pressed && stdout.includes('1) renamed from tasks.title')) {
        pressed = true;
        setTimeout(() => child.stdin.write('\x03'), 300);
      }
    });
    child.on('error', fail);
    child.on('close', (status) => done({ stdout, status }));
  });
}

const newest = (dir: string) => {
  const files = readdirSync(join(dir, 'migrations', 'versions')).filter((f) => f.includes('_v2'));
  return readFileSync(join(dir, 'migrations', 'versions', files[0]!), 'utf8');
};

describe('renames in autogenerate', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await projectAtV1();
  }, 300_000);
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('asks in a terminal, and an answer of "renamed" keeps the data', () => {
    // `script` runs the CLI on a pseudo-terminal; the answer "1" picks tasks.title
    const r = onTerminal(dir, '1\n');
    expect(r.stdout).toContain('Is column tasks.name created, or renamed from another column?');
    expect(r.stdout).toContain('1) renamed from tasks.title');
    expect(r.status).toBe(0);
    const file = newest(dir);
    expect(file).toContain("await op.alterColumn('tasks', 'title', { newName: 'name' });");
    expect(file).not.toContain('dropColumn');
  });

  it('has no default: Enter and a wrong answer ask again', () => {
    const r = onTerminal(dir, '\nseven\n1\n');
    expect(r.stdout.match(/Is column tasks\.name created, or renamed from another column\?/g)).toHaveLength(3);
    expect(r.stdout.match(/Please answer a number from 0 to 1/g)).toHaveLength(2);
    expect(r.status).toBe(0);
    expect(newest(dir)).toContain("await op.alterColumn('tasks', 'title', { newName: 'name' });");
  });

  it('Ctrl-C at the prompt exits 130 and writes nothing', async () => {
    const r = await interruptAtPrompt(dir);
    expect(r.stdout).toContain('Is column tasks.name created');
    expect(r.stdout).toContain('Cancelled; nothing was written.');
    expect(r.stdout).not.toContain('Internal error');
    expect(r.status).toBe(130);
    expect(readdirSync(join(dir, 'migrations', 'versions')).filter((f) => f.includes('_v2'))).toEqual([]);
  });

  it('without a terminal it never guesses: an open rename question fails, listing it, and writes nothing', async () => {
    const r = await runCli(['revision', '--autogenerate', '-m', 'v2'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('1 possible rename is unanswered, and this run cannot ask:');
    expect(r.stderr).toContain('column public.tasks.name: created, or renamed from title? (--rename-column public.tasks.title=name)');
    expect(r.stderr).toContain('--renames FILE');
    expect(readdirSync(join(dir, 'migrations', 'versions')).filter((f) => f.includes('_v2'))).toEqual([]);
  });

  it('--renames FILE answers the questions: a rename, or "created" for drop + add', async () => {
    writeFileSync(join(dir, 'renames.json'), JSON.stringify({ columns: { 'tasks.title': 'name' } }));
    const renamed = await runCli(['revision', '--autogenerate', '-m', 'v2', '--renames', 'renames.json'], { cwd: dir });
    expect(renamed.code).toBe(0);
    expect(newest(dir)).toContain("await op.alterColumn('tasks', 'title', { newName: 'name' });");
    rmSync(join(dir, 'migrations', 'versions', readdirSync(join(dir, 'migrations', 'versions')).find((f) => f.includes('_v2'))!));
    writeFileSync(join(dir, 'created.json'), JSON.stringify({ created: { columns: ['tasks.name'] } }));
    const created = await runCli(['revision', '--autogenerate', '-m', 'v2', '--renames', 'created.json'], { cwd: dir });
    expect(created.code).toBe(0);
    expect(newest(dir)).toContain("await op.dropColumn('tasks', 'title');");
    writeFileSync(join(dir, 'typo.json'), JSON.stringify({ colums: {} }));
    const typo = await runCli(['revision', '--autogenerate', '-m', 'v3', '--renames', 'typo.json'], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('typo.json: unknown key "colums"');
  });

  it('--rename-column decides it up front', async () => {
    const r = await runCli(['revision', '--autogenerate', '-m', 'v2', '--rename-column', 'tasks.title=name'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(newest(dir)).toContain("await op.alterColumn('tasks', 'title', { newName: 'name' });");
    // back at v1 = head, with the title → name pair pending, a flag that names no such pair is refused
    rmSync(join(dir, 'migrations', 'versions', readdirSync(join(dir, 'migrations', 'versions')).find((f) => f.includes('_v2'))!));
    const typo = await runCli(['check', '--rename-column', 'tasks.titel=name'], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('No matching dropped/added pair');
  });
});

describe('renames of schemas, moves and enums at the prompt', () => {
  const v1 =
    `import { pgEnum, pgSchema, pgTable, integer } from 'drizzle-orm/pg-core';\n` +
    `export const app = pgSchema('app');\n` +
    `export const mood = pgEnum('mood', ['a', 'b']);\n` +
    `export const tasks = pgTable('tasks', { id: integer('id').primaryKey(), m: mood('m') });\n`;
  const v2 =
    `import { pgSchema, integer } from 'drizzle-orm/pg-core';\n` +
    `export const app = pgSchema('app');\n` +
    `export const feeling = app.enum('feeling', ['a', 'b']);\n` +
    `export const todos = app.table('todos', { id: integer('id').primaryKey(), m: feeling('m') });\n`;
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'retort-move-'));
    symlinkSync(DRIZZLE_MODULES, join(dir, 'node_modules'), 'dir');
    mkdirSync(join(dir, 'migrations', 'versions'), { recursive: true });
    writeFileSync(join(dir, 'retort.config.ts'), "export default { url: 'pglite://./db', schema: { drizzle: './schema.ts' } };\n");
    writeFileSync(join(dir, 'schema.ts'), v1);
    for (const args of [['revision', '--autogenerate', '-m', 'v1'], ['upgrade', 'head']]) {
      const r = await runCli(args, { cwd: dir });
      if (r.code !== 0) throw new Error(r.stderr);
    }
    writeFileSync(join(dir, 'schema.ts'), v2);
  }, 300_000);
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('asks about the moved table and the moved enum; the answers become SET SCHEMA and RENAME', () => {
    const r = onTerminal(dir, '1\n1\n');
    expect(r.stdout).toContain('Is table app.todos created, or renamed/moved from another table?');
    expect(r.stdout).toContain('1) renamed from tasks');
    expect(r.stdout).toContain('Is enum app.feeling created, or renamed/moved from another enum?');
    expect(r.status).toBe(0);
    const file = newest(dir);
    expect(file).toContain("await op.setTableSchema('tasks', 'app');");
    expect(file).toContain("await op.renameTable('tasks', 'todos', { schema: 'app' });");
    expect(file).toContain("await op.setEnumSchema('mood', 'app');");
    expect(file).toContain("await op.renameEnum('mood', 'feeling', { schema: 'app' });");
    expect(file).not.toContain('dropTable');
  });

  it('the same answers by flags, and by an answers file', async () => {
    const flags = await runCli(['revision', '--autogenerate', '-m', 'v2', '--no-interactive', '--rename-table', 'tasks=app.todos', '--rename-enum', 'mood=app.feeling'], { cwd: dir });
    expect(flags.code).toBe(0);
    expect(newest(dir)).toContain("await op.setTableSchema('tasks', 'app');");
    rmSync(join(dir, 'migrations', 'versions', readdirSync(join(dir, 'migrations', 'versions')).find((f) => f.includes('_v2'))!));
    writeFileSync(join(dir, 'answers.json'), JSON.stringify({ tables: { tasks: 'app.todos' }, enums: { mood: 'app.feeling' } }));
    const file = await runCli(['revision', '--autogenerate', '-m', 'v2', '--renames', 'answers.json'], { cwd: dir });
    expect(file.code).toBe(0);
    expect(newest(dir)).toContain("await op.renameEnum('mood', 'feeling', { schema: 'app' });");
    expect((await runCli(['upgrade', 'head'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['check'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['downgrade', '-1'], { cwd: dir })).code).toBe(0);
  });
});
