import {
  nextvalDefault,
  quoteIdent,
  quoteQualified,
  type QualifiedName,
  type SchemaModel,
} from '@retort/schema';
import { applyTableRename, findTable, tablesRenamed } from './apply-renames';

/**
 * Renames and moves of schemas, tables, enums and sequences applied to the working copy of the
 * current model, mirroring PostgreSQL: the object keeps its identity, so every column type,
 * default and foreign key that points at it prints the new name afterwards.
 */

const same = (a: QualifiedName, b: QualifiedName) => a.schema === b.schema && a.name === b.name;

/** How a default prints a type cast: bare in public (the search_path), qualified elsewhere. */
const castName = (n: QualifiedName) =>
  n.schema === 'public' ? quoteIdent(n.name) : quoteQualified(n.schema, n.name);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Points every use of type `from` (column types, arrays of it, casts in defaults) at `to`. */
function retargetType(model: SchemaModel, from: QualifiedName, to: QualifiedName): void {
  const oldType = quoteQualified(from.schema, from.name);
  const newType = quoteQualified(to.schema, to.name);
  const cast = new RegExp(`::${escape(castName(from))}(?![A-Za-z0-9_$."])`, 'g');
  for (const table of model.tables) {
    for (const column of table.columns) {
      if (column.type === oldType) column.type = newType;
      else if (column.type === `${oldType}[]`) column.type = `${newType}[]`;
      if (column.default !== null)
        column.default = column.default.replace(cast, `::${castName(to)}`);
    }
  }
}

/** Points `nextval(...)` defaults of sequence `from` at `to`. */
function retargetSequence(model: SchemaModel, from: QualifiedName, to: QualifiedName): void {
  const oldDefault = nextvalDefault(from.schema, from.name);
  for (const table of model.tables) {
    for (const column of table.columns) {
      if (column.default === oldDefault) column.default = nextvalDefault(to.schema, to.name);
    }
  }
}

export function applyEnumRename(model: SchemaModel, from: QualifiedName, to: QualifiedName): void {
  const e = model.enums.find((x) => same(x, from));
  if (e === undefined) return;
  e.schema = to.schema;
  e.name = to.name;
  retargetType(model, from, to);
}

export function applySequenceRename(
  model: SchemaModel,
  from: QualifiedName,
  to: QualifiedName,
): void {
  const s = model.sequences.find((x) => same(x, from));
  if (s === undefined) return;
  s.schema = to.schema;
  s.name = to.name;
  retargetSequence(model, from, to);
}

/** `ALTER TABLE … SET SCHEMA` moves the table's indexes, constraints and owned sequences too. */
export function applyTableMove(model: SchemaModel, from: QualifiedName, schema: string): void {
  const table = findTable(model, from);
  if (table === undefined) return;
  const owned = model.sequences.filter(
    (s) => s.schema === from.schema && s.ownedBy?.table === from.name,
  );
  table.schema = schema;
  tablesRenamed(model);
  for (const s of owned)
    applySequenceRename(model, { schema: s.schema, name: s.name }, { schema, name: s.name });
  for (const t of model.tables) {
    for (const fk of t.foreignKeys) {
      if (fk.referencedSchema === from.schema && fk.referencedTable === from.name)
        fk.referencedSchema = schema;
    }
  }
}

/** A table renamed and/or moved: the move first, then the rename in the new schema. */
export function applyTableRenameOrMove(
  model: SchemaModel,
  from: QualifiedName,
  to: QualifiedName,
): void {
  if (from.schema !== to.schema) applyTableMove(model, from, to.schema);
  if (from.name !== to.name)
    applyTableRename(model, { schema: to.schema, name: from.name }, to.name);
}

/** `ALTER SCHEMA … RENAME TO`: everything inside follows. */
export function applySchemaRename(model: SchemaModel, from: string, to: string): void {
  model.schemas = model.schemas.map((s) => (s === from ? to : s));
  for (const e of model.enums.filter((x) => x.schema === from))
    applyEnumRename(model, { ...e }, { schema: to, name: e.name });
  for (const s of model.sequences.filter((x) => x.schema === from))
    applySequenceRename(model, { ...s }, { schema: to, name: s.name });
  for (const t of model.tables) {
    if (t.schema === from) t.schema = to;
    for (const fk of t.foreignKeys) if (fk.referencedSchema === from) fk.referencedSchema = to;
  }
  tablesRenamed(model);
  for (const d of model.domains.filter((x) => x.schema === from)) {
    retargetType(model, { schema: from, name: d.name }, { schema: to, name: d.name });
    d.schema = to;
  }
  for (const x of model.extensions) if (x.schema === from) x.schema = to;
}
