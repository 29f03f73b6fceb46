/** `CREATE EXTENSION`: installs an extension (citext, pg_trgm, uuid-ossp, …) in a schema. */
export interface CreateExtensionOp {
  kind: 'createExtension';
  name: string;
  /** The schema its objects go into; absent: the first schema of the search_path (public). */
  schema?: string;
  ifNotExists?: boolean;
}

/** `DROP EXTENSION`: refuses (RESTRICT) while anything still uses the extension's objects. */
export interface DropExtensionOp {
  kind: 'dropExtension';
  name: string;
  /** The schema its objects lived in, so that the drop can be reversed there. */
  schema?: string;
  ifExists?: boolean;
}
