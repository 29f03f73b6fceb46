import type { Finding, RecordedCall } from '../finding';
import { finding } from '../rules/lint-operations';
import { isRuleId } from '../rules/rule-catalog';

/** One `// retort-lint-ignore rule[, rule…]: reason` comment. */
export interface Suppression {
  /** 1-based line of the comment. */
  line: number;
  rules: string[];
  reason: string;
}

const COMMENT = /^\s*\/\/\s*retort-lint-ignore\b(.*)$/;

export function parseSuppressions(text: string): Suppression[] {
  const out: Suppression[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const match = COMMENT.exec(line);
    if (!match) continue;
    const body = match[1]!;
    const colon = body.indexOf(':');
    const names = colon === -1 ? body : body.slice(0, colon);
    const rules = names
      .split(',')
      .map((r) => r.trim())
      .filter((r) => r !== '');
    out.push({ line: index + 1, rules, reason: colon === -1 ? '' : body.slice(colon + 1).trim() });
  }
  return out;
}

/** The line a comment is attached to: the first line below it (and its comment block) that is code. */
function attachedLine(lines: readonly string[], commentLine: number): number {
  let at = commentLine; // 1-based line of the comment; lines[at] is the next one
  while (at < lines.length && /^\s*\/\//.test(lines[at]!)) at += 1;
  return at + 1;
}

/** The line upgrade() is declared on: comments above it (outside any op call) cover the whole file. */
function upgradeLine(lines: readonly string[]): number {
  const index = lines.findIndex((l) =>
    /\bfunction\s+upgrade\b|\bupgrade\s*[:=]\s*(async\b|\()/.test(l),
  );
  return index === -1 ? Number.POSITIVE_INFINITY : index + 1;
}

/**
 * Marks the findings that suppressions silence, and returns them with a `bad-suppression`
 * finding for each comment that gives no reason (it silences nothing), names an unknown rule,
 * or is attached to neither an op call nor the top of the file.
 */
export function applySuppressions(
  findings: readonly Finding[],
  text: string,
  calls: readonly RecordedCall[],
): Finding[] {
  const lines = text.split(/\r?\n/);
  const callLines = new Set(calls.map((c) => c.line));
  const top = upgradeLine(lines);
  const out = findings.map((f) => ({ ...f }));
  const problems: Finding[] = [];
  const bad = (s: Suppression, message: string, hint: string) =>
    problems.push(finding('bad-suppression', { message, hint, line: s.line, operation: null }));
  for (const s of parseSuppressions(text)) {
    const unknown = s.rules.filter((r) => !isRuleId(r));
    if (s.rules.length === 0) {
      bad(
        s,
        'retort-lint-ignore names no rule.',
        'Write `// retort-lint-ignore <rule>: <reason>`.',
      );
      continue;
    }
    if (unknown.length)
      bad(
        s,
        `retort-lint-ignore names unknown rule(s): ${unknown.join(', ')}.`,
        'Use the rule ids `retort lint` prints (docs/lint.md lists them).',
      );
    if (s.reason === '') {
      bad(
        s,
        `retort-lint-ignore ${s.rules.join(', ')} gives no reason, so it silences nothing.`,
        `Say why it is safe: \`// retort-lint-ignore ${s.rules.join(', ')}: <reason>\`.`,
      );
      continue;
    }
    const target = attachedLine(lines, s.line);
    const scope = callLines.has(target) ? 'operation' : s.line < top ? 'file' : null;
    if (scope === null) {
      bad(
        s,
        'retort-lint-ignore is attached to no op.* call (put it on the line just above the call, or above upgrade() for the whole file).',
        'Move the comment, or delete it.',
      );
      continue;
    }
    for (const f of out) {
      if (f.suppressed || !s.rules.includes(f.rule) || f.rule === 'bad-suppression') continue;
      if (scope === 'file' || f.line === target) f.suppressed = { reason: s.reason, scope };
    }
  }
  return [...out, ...problems];
}
