import type {
  CheckSpec,
  ForeignKeySpec,
  PrimaryKeySpec,
  ReferentialAction,
  UniqueSpec,
} from '../../operations/constraint-specs';
import { columnList, qualify, quoteIdent } from './quote';

function named(name: string | undefined, body: string): string {
  return name === undefined ? body : `CONSTRAINT ${quoteIdent(name)} ${body}`;
}

function deferrable(spec: { deferrable?: boolean; initiallyDeferred?: boolean }): string[] {
  if (spec.deferrable !== true) return [];
  return spec.initiallyDeferred === true ? ['DEFERRABLE INITIALLY DEFERRED'] : ['DEFERRABLE'];
}

function action(event: string, value: ReferentialAction | undefined): string[] {
  return value === undefined ? [] : [`ON ${event} ${value.toUpperCase()}`];
}

export function renderPrimaryKey(spec: PrimaryKeySpec): string {
  return named(spec.name, `PRIMARY KEY ${columnList(spec.columns)}`);
}

export function renderForeignKey(spec: ForeignKeySpec): string {
  const parts = [
    `FOREIGN KEY ${columnList(spec.columns)}`,
    `REFERENCES ${qualify(spec.referencedTable, spec.referencedSchema)} ${columnList(spec.referencedColumns)}`,
    ...(spec.match === undefined ? [] : [`MATCH ${spec.match.toUpperCase()}`]),
    ...action('DELETE', spec.onDelete),
    ...action('UPDATE', spec.onUpdate),
    ...deferrable(spec),
  ];
  return named(spec.name, parts.join(' '));
}

/** With `usingIndex`, the index supplies the columns: `UNIQUE USING INDEX i`. */
export function renderUnique(spec: UniqueSpec & { usingIndex?: string }): string {
  const nulls = spec.nullsNotDistinct === true ? 'NULLS NOT DISTINCT ' : '';
  const body =
    spec.usingIndex === undefined
      ? `UNIQUE ${nulls}${columnList(spec.columns)}`
      : `UNIQUE USING INDEX ${quoteIdent(spec.usingIndex)}`;
  const parts = [body, ...deferrable(spec)];
  return named(spec.name, parts.join(' '));
}

/** `UNIQUE USING INDEX`: the index's columns become the constraint's (no NULLS NOT DISTINCT clause). */
export function renderUniqueUsingIndex(spec: UniqueSpec, index: string): string {
  return named(
    spec.name,
    [`UNIQUE USING INDEX ${quoteIdent(index)}`, ...deferrable(spec)].join(' '),
  );
}

export function renderCheck(spec: CheckSpec): string {
  return named(spec.name, `CHECK (${spec.expression})`);
}
