#!/usr/bin/env node
// The quick start: a fresh project on the embedded PGlite database, driven through the retort
// CLI exactly as a user would: init, revisions, upgrade, current, history, downgrade, upgrade.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const example = resolve(here, '..');
const bin = resolve(example, '../../cli/dist/bin.js');
const work = join(example, '.quickstart');

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(join(example, 'src'), join(work, 'src'), { recursive: true });

function retort(...args) {
  process.stdout.write(`\n$ retort ${args.join(' ')}\n`);
  const out = execFileSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  process.stdout.write(out);
  return out;
}

/** Fills the body of a freshly generated revision (what a developer does in an editor). */
function fill(file, upgrade, downgrade) {
  const text = readFileSync(file, 'utf8');
  const parts = text.split('// nothing to do');
  writeFileSync(file, parts[0].replace('(_op: Operations)', '(op: Operations)') + upgrade + parts[1].replace('(_op: Operations)', '(op: Operations)') + downgrade + parts[2]);
  process.stdout.write(`(edited ${file.slice(work.length + 1)})\n`);
}

retort('init', 'migrations', '--template', 'drizzle');
const first = retort('-q', 'revision', '-m', 'create users').trim();
fill(
  first,
  `await op.createTable('users', {
    columns: [
      { name: 'id', type: 'integer', nullable: false, identity: { always: true }, primaryKey: true },
      { name: 'email', type: 'varchar(255)', nullable: false },
      { name: 'name', type: 'text' },
    ],
  });
  await op.createIndex('users_email_key', 'users', ['email'], { unique: true });`,
  `await op.dropTable('users');`,
);
const second = retort('-q', 'revision', '-m', 'create tasks').trim();
fill(
  second,
  `await op.createTable('tasks', {
    columns: [
      { name: 'id', type: 'integer', nullable: false, identity: { always: true }, primaryKey: true },
      { name: 'owner_id', type: 'integer', nullable: false },
      { name: 'title', type: 'text', nullable: false },
    ],
    foreignKeys: [{ columns: ['owner_id'], referencedTable: 'users', referencedColumns: ['id'], onDelete: 'cascade' }],
  });`,
  `await op.dropTable('tasks');`,
);
retort('upgrade', 'head', '--sql');
retort('upgrade', 'head');
retort('current', '-v');
retort('history', '-i');
retort('downgrade', '-1');
retort('current');
retort('downgrade', 'base');
retort('upgrade', 'head');
retort('current');
process.stdout.write(`\nDone. The project is in ${work}; its database is ${join(work, '.retort', 'db')} (PGlite).\n`);
