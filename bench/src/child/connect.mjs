// The database connection alone: open it and run `select 1` (what `current` adds to a graph read).
import { input, now, openRaw, report } from './common.mjs';

const { target, out } = input();
const start = now();
const db = await openRaw(target);
await db.query('select 1');
const connectMs = now() - start;
await db.close();
report(out, { connectMs });
