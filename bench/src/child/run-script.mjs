// Executes an SQL script (the output of `retort upgrade head --sql`) in one process: the cost of
// the SQL itself, for the per-revision overhead of `upgrade head`.
import { readFileSync } from 'node:fs';
import { input, now, openRaw, report } from './common.mjs';

const { target, script, out } = input();
const text = readFileSync(script, 'utf8');
const start = now();
const db = await openRaw(target);
await db.exec(text); // simple-query protocol: the whole script, BEGIN … COMMIT included
const execMs = now() - start;
await db.close();
report(out, { execMs, bytes: text.length });
