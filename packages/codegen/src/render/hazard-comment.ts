/** A risk the diff attached to an operation (data loss, table rewrite, lock). */
export interface Hazard {
  /** Stable id, e.g. `DATA_LOSS` or `table-rewrite`; written as words (`data loss`). */
  code: string;
  /** What the operation will do, e.g. `drops column users.login_count`. */
  message: string;
  /** How to do it more safely; left out of the comment when empty. */
  suggestion: string;
}

/** Anything that would end a `//` comment early. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/** `DATA_LOSS`, `data-loss` and `dataLoss` all read `data loss`. */
function label(code: string): string {
  return code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

function commentLines(head: string, text: string): string[] {
  const [first = '', ...rest] = text.trim().split(LINE_BREAK);
  return [`// ${head}${first}`.trimEnd(), ...rest.map((line) => `//     ${line}`.trimEnd())];
}

/**
 * The comment written right above a hazardous operation:
 * `// ⚠ data loss: drops column users.login_count` and `//   safer: …`.
 */
export function renderHazardComment(hazard: Hazard): string[] {
  const name = label(hazard.code);
  const lines = commentLines(`⚠ ${name === '' ? 'hazard' : name}: `, hazard.message);
  return hazard.suggestion.trim() === ''
    ? lines
    : [...lines, ...commentLines('  safer: ', hazard.suggestion)];
}
