// The model-vs-database targets of issue 14, judged on S2 (one column added) at N=1000
// (and N=5000 for linear growth). Every ratio compares figures of the same run.
import { fmt } from './timing.mjs';

const BASE_N = 1000;
const LARGE_N = 5000;
const x = (a, b) => `${(a / b).toFixed(2)}×`;

export function modelTargets(models, nodeStartMs) {
  const out = [];
  const at = (n, orm) => models.find((m) => m.n === n && m.orm === orm)?.scenarios.S2;
  for (const orm of ['drizzle', 'typeorm']) {
    const s = at(BASE_N, orm);
    if (!s) continue;
    const check = s.retort.check.ms;
    const reference = nodeStartMs + s.reference.phases.loadModel + s.reference.phases.floor;
    out.push({
      target: `N=${BASE_N}, ${orm} model: \`check\` ≤ 1.25 × (node start + bare model import + catalog queries)`,
      met: check <= 1.25 * reference,
      detail: `check ${fmt(check)} vs ${fmt(nodeStartMs)} + ${fmt(s.reference.phases.loadModel)} + ${fmt(s.reference.phases.floor)} = ${fmt(reference)}: ${x(check, reference)}`,
    });
    const peerName = orm === 'drizzle' ? 'drizzle-kit' : 'typeorm';
    const peer = s[peerName];
    const factor = orm === 'drizzle' ? 300 : 6;
    if (peer && !peer.failed) {
      const stopped = peer.timedOut ? ' (stopped, so at least)' : '';
      out.push({
        target: `N=${BASE_N}: \`check\` ≥ ${factor}× faster than ${peerName}'s whole process`,
        met: peer.ms / check >= factor,
        detail: `${peerName} process ${fmt(peer.ms)}${peer.diffMs ? ` (its diff call alone ${fmt(peer.diffMs)})` : ''} vs check ${fmt(check)}: ${(peer.ms / check).toFixed(1)}×${stopped}`,
      });
    }
    out.push({
      target: `N=${BASE_N}, ${orm} model: \`revision --autogenerate\` ≤ 1.5 × \`check\``,
      met: s.retort.revision.ms <= 1.5 * check,
      detail: `revision ${fmt(s.retort.revision.ms)} vs check ${fmt(check)}: ${x(s.retort.revision.ms, check)}`,
    });
    const large = at(LARGE_N, orm);
    if (large) {
      const big = large.retort.check;
      out.push({
        target: `${orm} model: \`check\` at N=${LARGE_N} ≤ 5.5 × at N=${BASE_N} (linear growth)`,
        met: big.ms <= 5.5 * check,
        detail: `${fmt(big.ms)} vs ${fmt(check)}: ${x(big.ms, check)}; peak RSS ${big.peakMiB.toFixed(0)} MiB vs ${s.retort.check.peakMiB.toFixed(0)} MiB`,
      });
    }
  }
  const wrong = models.flatMap((m) =>
    ['S2', 'S3']
      .filter((sc) => m.scenarios[sc].retort.correct !== true)
      .map((sc) => `${m.orm} N=${m.n} ${sc}`),
  );
  if (models.length)
    out.push({
      target:
        'zero spurious statements on both the Drizzle and the TypeORM model (S2 one add-column, S3 none)',
      met: wrong.length === 0,
      detail: wrong.length
        ? `wrong: ${wrong.join(', ')}`
        : `all ${models.length * 2} S2/S3 runs exact`,
    });
  return out;
}
