#!/usr/bin/env node
// The quick start: a fresh copy of this project on the embedded PGlite database, driven through
// the retort CLI as a user would: init, autogenerate, review the SQL, upgrade, edit the model,
// autogenerate again, check, history, downgrade, upgrade.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const example = resolve(here, '..');
const bin = resolve(example, '../../cli/dist/bin.js');
const work = join(example, '.quickstart');

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(join(example, 'src'), join(work, 'src'), { recursive: true });
symlinkSync(join(example, 'node_modules'), join(work, 'node_modules'), 'dir');

function retort(...args) {
  process.stdout.write(`\n$ retort ${args.join(' ')}\n`);
  const out = execFileSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(out);
  return out;
}

retort('init', 'migrations', '--template', 'drizzle');
const first = retort('-q', 'revision', '--autogenerate', '-m', 'create users and tasks').trim();
process.stdout.write(`\n--- ${first.slice(work.length + 1)} ---\n${readFileSync(first, 'utf8')}`);
retort('upgrade', 'head', '--sql');
retort('upgrade', 'head');
retort('check');

// a developer edits the model: tasks get a priority
const schema = join(work, 'src/db/schema.ts');
writeFileSync(schema, readFileSync(schema, 'utf8').replace("  done: boolean('done')", "  priority: integer('priority').notNull().default(0),\n  done: boolean('done')"));
process.stdout.write('\n(edited src/db/schema.ts: tasks.priority integer not null default 0)\n');
const second = retort('-q', 'revision', '--autogenerate', '-m', 'add task priority').trim();
process.stdout.write(`\n--- ${second.slice(work.length + 1)} ---\n${readFileSync(second, 'utf8')}`);
retort('upgrade', 'head');
retort('check');
retort('current', '-v');
retort('history', '-i');
retort('downgrade', '-1');
retort('current');
retort('downgrade', 'base');
retort('upgrade', 'head');
retort('current');
process.stdout.write(`\nDone. The project is in ${work}; its database is ${join(work, '.retort', 'db')} (PGlite).\n`);
