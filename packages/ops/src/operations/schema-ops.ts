export interface CreateSchemaOp {
  kind: 'createSchema';
  name: string;
  ifNotExists?: boolean;
}

export interface DropSchemaOp {
  kind: 'dropSchema';
  name: string;
  ifExists?: boolean;
  /** Drops everything in the schema too; such a drop cannot be reversed. */
  cascade?: boolean;
}
