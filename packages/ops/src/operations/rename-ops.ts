/**
 * Renames and moves that keep the object (its OID, data, sequence value and dependants):
 * `rename*` changes the name within the schema, `set*Schema` moves the object to another schema.
 */

export interface RenameSchemaOp {
  kind: 'renameSchema';
  name: string;
  newName: string;
}

export interface SetTableSchemaOp {
  kind: 'setTableSchema';
  table: string;
  schema?: string;
  newSchema: string;
}

export interface RenameEnumOp {
  kind: 'renameEnum';
  name: string;
  schema?: string;
  newName: string;
}

export interface SetEnumSchemaOp {
  kind: 'setEnumSchema';
  name: string;
  schema?: string;
  newSchema: string;
}

export interface RenameSequenceOp {
  kind: 'renameSequence';
  name: string;
  schema?: string;
  newName: string;
}

export interface SetSequenceSchemaOp {
  kind: 'setSequenceSchema';
  name: string;
  schema?: string;
  newSchema: string;
}

/** An index keeps its schema, its table's. */
export interface RenameIndexOp {
  kind: 'renameIndex';
  name: string;
  schema?: string;
  newName: string;
}

export interface RenameConstraintOp {
  kind: 'renameConstraint';
  name: string;
  table: string;
  schema?: string;
  newName: string;
}

export type RenameOperation =
  | RenameSchemaOp
  | SetTableSchemaOp
  | RenameEnumOp
  | SetEnumSchemaOp
  | RenameSequenceOp
  | SetSequenceSchemaOp
  | RenameIndexOp
  | RenameConstraintOp;

export type RenameKinds = RenameOperation['kind'];
