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

type Question = {
  added: { schema: string; name: string };
  dropped: { schema: string; name: string }[];
};

/** Asks about each added object of one kind; returns the renames and the objects said to be new. */
async function askObjects(prompt: PromptLines, kind: string, questions: readonly Question[]) {
  const renamed: { from: Question['added']; to: Question['added'] }[] = [];
  const created: Question['added'][] = [];
  for (const c of questions) {
    const taken = new Set(renamed.map((r) => q(r.from)));
    const options = c.dropped.filter((d) => !taken.has(q(d)));
    if (options.length === 0) continue;
    const n = await choose(
      prompt,
      `Is ${kind} ${q(c.added)} created, or renamed/moved from another ${kind}?`,
      options.map(q),
    );
    if (n > 0) renamed.push({ from: options[n - 1]!, to: c.added });
    else created.push(c.added);
  }
  return { renamed, created };
}

async function askAll(
  prompt: PromptLines,
  candidates: RenameCandidates,
  _decided: RenameAnswers,
): Promise<RenameAnswers> {
  const out: RenameAnswers = {
    schemas: [],
    tables: [],
    columns: [],
    createdSchemas: [],
    createdColumns: [],
  };
  const takenSchemas = new Set<string>();
  for (const c of candidates.schemas) {
    const options = c.dropped.filter((d) => !takenSchemas.has(d));
    if (options.length === 0) continue;
    const n = await choose(
      prompt,
      `Is schema ${c.added} created, or renamed from another schema?`,
      options,
    );
    if (n > 0) {
      out.schemas!.push({ from: options[n - 1]!, to: c.added });
      takenSchemas.add(options[n - 1]!);
    } else out.createdSchemas!.push(c.added);
  }
  const tables = await askObjects(prompt, 'table', candidates.tables);
  const enums = await askObjects(prompt, 'enum', candidates.enums);
  const sequences = await askObjects(prompt, 'sequence', candidates.sequences);
  Object.assign(out, {
    tables: tables.renamed,
    createdTables: tables.created,
    enums: enums.renamed,
    createdEnums: enums.created,
    sequences: sequences.renamed,
    createdSequences: sequences.created,
  });
  for (const c of candidates.columns) {
    const taken = new Set(out.columns.filter((r) => q(r.table) === q(c.table)).map((r) => r.from));
    const options = c.dropped.filter((d) => !taken.has(d));
    if (options.length === 0) continue;
    const n = await choose(
      prompt,
      `Is column ${q(c.table)}.${c.added} created, or renamed from another column?`,
      options.map((d) => `${q(c.table)}.${d}`),
    );
    if (n > 0) out.columns.push({ table: c.table, from: options[n - 1]!, to: c.added });
    else out.createdColumns!.push({ table: c.table, name: c.added });
  }
  return out;
}
