// `node --require record-modules.cjs …`: on exit, writes every module the process loaded —
// CommonJS files (Module._load, require.cache) and ES modules (a load hook, which sees
// `import()` of ESM packages such as prettier 3) — to $RETORT_BENCH_MODULES_OUT.
const { appendFileSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const out = process.env.RETORT_BENCH_MODULES_OUT;
const seen = new Set();
if (out) {
  const load = Module._load;
  Module._load = function (request, parent, isMain) {
    const result = load.apply(this, arguments);
    try {
      seen.add(Module._resolveFilename(request, parent, isMain));
    } catch {}
    return result;
  };
  const esm = `${out}.esm`;
  rmSync(esm, { force: true });
  const hook = `
    import { appendFileSync } from 'node:fs';
    let file;
    export function initialize(data) { file = data.file; }
    export async function load(url, context, next) {
      if (url.startsWith('file:')) appendFileSync(file, decodeURIComponent(new URL(url).pathname) + '\\n');
      return next(url, context);
    }`;
  if (Module.register)
    Module.register(`data:text/javascript,${encodeURIComponent(hook)}`, { data: { file: esm } });
  process.on('exit', () => {
    for (const key of Object.keys(require.cache)) seen.add(key);
    try {
      for (const line of readFileSync(esm, 'utf8').split('\n')) if (line) seen.add(line);
      rmSync(esm, { force: true });
    } catch {}
    writeFileSync(
      out,
      JSON.stringify({
        modules: [...seen].filter((m) => m.includes('/')),
        maxRssKiB: process.resourceUsage().maxRSS,
      }),
    );
  });
  void appendFileSync;
}
