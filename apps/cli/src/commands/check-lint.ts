import type { Operation } from '@retort/ops';
import type { CommandContext } from '../context';

/**
 * `check --format markdown`'s lint section: the rules of `retort lint` over the operations the
 * pending revision would contain, with table sizes (the database is read once more for them).
 */
export async function checkLintSection(
  ctx: CommandContext,
  steps: readonly { op: Operation; inAutocommitBlock: boolean }[],
): Promise<string> {
  const lint = await import('@retort/lint');
  const config = await ctx.config();
  const options = { lockTimeoutConfigured: config.lockTimeout !== null };
  let findings = await lint.lintOperationList(steps, { ...options, db: null });
  // a tenant's tables live in its own database or schema: sizes from config.url would mislead
  if (config.tenants === null && findings.some((f) => f.table))
    findings = await ctx.withDriver((driver) =>
      lint.lintOperationList(steps, { ...options, db: driver }),
    );
  const head = ['#### retort lint of the pending revision', ''];
  if (findings.length === 0) return [...head, 'No lint findings.'].join('\n');
  const rows = findings.map((finding) => ({
    where:
      finding.operation === null
        ? ''
        : `op ${finding.operation + 1} (${steps[finding.operation]!.op.kind})`,
    finding,
  }));
  return [...head, ...lint.markdownRows(rows)].join('\n');
}
