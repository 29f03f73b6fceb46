import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const id = (n) => n.toString(16).padStart(12, '0');

/**
 * A project with `count` revision files: a long chain where every 50th revision opens a
 * two-revision side branch that is merged back, so the graph has branch and merge points.
 */
export function writeRevisionProject(count) {
  const dir = mkdtempSync(join(tmpdir(), `retort-bench-${count}-`));
  const versions = join(dir, 'migrations', 'versions');
  mkdirSync(versions, { recursive: true });
  writeFileSync(
    join(dir, 'retort.config.mjs'),
    "export default { url: 'pglite://memory', migrations: './migrations' };\n",
  );
  let head = null;
  let n = 1;
  const write = (rev, down, message) => {
    const downLiteral =
      down === null ? 'null' : Array.isArray(down) ? `['${down.join("', '")}']` : `'${down}'`;
    writeFileSync(
      join(versions, `${rev}_${message.replace(/\W+/g, '_')}.ts`),
      `/**\n * ${message}\n *\n * Revision ID: ${rev}\n * Revises: ${down ?? ''}\n */\nimport type { Operations } from 'retort-migrate';\n\n` +
        `export const revision = '${rev}';\nexport const downRevision: string | readonly string[] | null = ${downLiteral};\n` +
        `export const branchLabels: readonly string[] | null = null;\nexport const dependsOn: readonly string[] | null = null;\n\n` +
        `export async function upgrade(op: Operations): Promise<void> {\n  await op.execute('select ${n}');\n}\n\n` +
        `export async function downgrade(op: Operations): Promise<void> {\n  await op.execute('select -${n}');\n}\n`,
    );
  };
  while (n <= count) {
    if (n % 50 === 0 && n + 2 <= count) {
      const a = id(n++);
      const b = id(n++);
      write(a, head, `side ${a}`);
      const main = id(n++);
      write(main, head, `main ${main}`);
      write(b, [a, main], `merge ${b}`);
      head = b;
      continue;
    }
    const rev = id(n++);
    write(rev, head, `revision ${rev}`);
    head = rev;
  }
  return { dir, head };
}
