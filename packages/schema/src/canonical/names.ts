/**
 * PostgreSQL's rules for names it makes up (src/backend/commands/indexcmds.c `makeObjectName`,
 * `ChooseRelationName`, `ChooseIndexNameAddition`): identifiers are at most 63 bytes; when
 * `name1_name2_label` is too long the longer of name1/name2 is shortened first; on a clash a
 * number is appended to the label (`_key1`, `_key2`, …).
 */

export const MAX_IDENTIFIER_BYTES = 63;

/** Truncates to 63 bytes without splitting a UTF-8 character (what PostgreSQL does to long names). */
export function truncateIdentifier(name: string): string {
  return clipBytes(name, MAX_IDENTIFIER_BYTES);
}

export function makeObjectName(name1: string, name2: string | null, label: string | null): string {
  let n1 = byteLength(name1);
  let n2 = name2 === null ? 0 : byteLength(name2);
  const overhead = (name2 === null ? 0 : 1) + (label === null ? 0 : byteLength(label) + 1);
  const available = MAX_IDENTIFIER_BYTES - overhead;
  while (n1 + n2 > available) {
    if (n1 > n2) n1--;
    else n2--;
  }
  let name = clipBytes(name1, n1);
  if (name2 !== null) name += `_${clipBytes(name2, n2)}`;
  if (label !== null) name += `_${label}`;
  return name;
}

/** `ChooseRelationName`: the first of label, label1, label2, … whose name is not taken. */
export function chooseName(name1: string, name2: string | null, label: string, taken: ReadonlySet<string> = new Set()): string {
  for (let pass = 0; ; pass++) {
    const name = makeObjectName(name1, name2, pass === 0 ? label : `${label}${pass}`);
    if (!taken.has(name)) return name;
  }
}

/** `ChooseIndexNameAddition` / `ChooseForeignKeyConstraintNameAddition`: columns joined by '_'. */
export function nameAddition(columns: readonly string[]): string {
  let buf = '';
  for (const column of columns) {
    if (buf.length > 0) buf += '_';
    buf += clipBytes(column, MAX_IDENTIFIER_BYTES);
    if (byteLength(buf) >= MAX_IDENTIFIER_BYTES) break;
  }
  return buf;
}

/** `<table>_pkey` */
export function primaryKeyName(table: string, taken?: ReadonlySet<string>): string {
  return chooseName(table, null, 'pkey', taken);
}

/** `<table>_<col>_<col>_key` */
export function uniqueConstraintName(table: string, columns: readonly string[], taken?: ReadonlySet<string>): string {
  return chooseName(table, nameAddition(columns), 'key', taken);
}

/** `<table>_<col>_fkey` */
export function foreignKeyName(table: string, columns: readonly string[], taken?: ReadonlySet<string>): string {
  return chooseName(table, nameAddition(columns), 'fkey', taken);
}

/** `<table>_<col>_check` when the expression uses exactly one column, else `<table>_check`. */
export function checkConstraintName(table: string, referencedColumns: readonly string[], taken?: ReadonlySet<string>): string {
  const distinct = [...new Set(referencedColumns)];
  return chooseName(table, distinct.length === 1 ? distinct[0]! : null, 'check', taken);
}

/**
 * `<table>_<col>_idx` for `CREATE INDEX ON t (cols)` without a name (`<table>_<col>_key` if
 * unique). Expression keys contribute their function name or 'expr' (pass that in `columns`).
 */
export function indexName(table: string, columns: readonly string[], unique = false, taken?: ReadonlySet<string>): string {
  return chooseName(table, nameAddition(columns), unique ? 'key' : 'idx', taken);
}

/** `<table>_<col>_seq`: the sequence of a serial or identity column. */
export function sequenceName(table: string, column: string, taken?: ReadonlySet<string>): string {
  return chooseName(table, column, 'seq', taken);
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function clipBytes(s: string, maxBytes: number): string {
  if (byteLength(s) <= maxBytes) return s;
  let out = '';
  let used = 0;
  for (const ch of s) {
    const n = byteLength(ch);
    if (used + n > maxBytes) break;
    out += ch;
    used += n;
  }
  return out;
}
