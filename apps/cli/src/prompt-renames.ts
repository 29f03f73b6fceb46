import type { RenameCandidates } from '@retort/diff';
import type { RenameAnswers } from '@retort/autogenerate';
import { PromptLines } from './prompt-lines';

const q = (n: { schema: string; name: string }) => (n.schema === 'public' ? n.name : `${n.schema}.${n.name}`);

/** Whether to ask: a terminal on both ends and no --no-interactive. */
export function canPrompt(interactive: boolean | undefined): boolean {
  return interactive !== false && process.stdin.isTTY === true && process.stderr.isTTY === true;
}

/** Asks until the answer is one of the numbers: no default, since "created" drops the old data. */
async function choose(prompt: PromptLines, question: string, options: string[]): Promise<number> {
  const menu = ['  0) created (new, the old data is dropped)', ...options.map((o, i) => `  ${i + 1}) renamed from ${o}`)].join('\n');
  let text = `${question}\n${menu}\n> `;
  for (;;) {
    const answer = (await prompt.ask(text)).trim();
    const n = Number(answer);
    if (answer !== '' && Number.isInteger(n) && n >= 0 && n <= options.length) return n;
    text = `Please answer a number from 0 to ${options.length} (Ctrl-C cancels).\n${question}\n${menu}\n> `;
  }
}

/** drizzle-kit's question: "is column tasks.name created, or renamed from tasks.title?" */
export async function promptRenames(candidates: RenameCandidates, decided: RenameAnswers): Promise<RenameAnswers> {
  const prompt = new PromptLines();
  try {
    return await askAll(prompt, candidates, decided);
  } finally {
    prompt.close();
  }
}

async function askAll(prompt: PromptLines, candidates: RenameCandidates, decided: RenameAnswers): Promise<RenameAnswers> {
  const out: Required<RenameAnswers> = { tables: [], columns: [], createdTables: [], createdColumns: [] };
  for (const c of candidates.tables) {
    if (decided.tables.some((r) => q(r.to) === q(c.added))) continue;
    const n = await choose(prompt, `Is table ${q(c.added)} created, or renamed from another table?`, c.dropped.map(q));
    if (n > 0) out.tables.push({ from: c.dropped[n - 1]!, to: c.added });
    else out.createdTables.push(c.added);
  }
  for (const c of candidates.columns) {
    if (decided.columns.some((r) => q(r.table) === q(c.table) && r.to === c.added)) continue;
    const n = await choose(prompt, `Is column ${q(c.table)}.${c.added} created, or renamed from another column?`, c.dropped.map((d) => `${q(c.table)}.${d}`));
    if (n > 0) out.columns.push({ table: c.table, from: c.dropped[n - 1]!, to: c.added });
    else out.createdColumns.push({ table: c.table, name: c.added });
  }
  return out;
}
