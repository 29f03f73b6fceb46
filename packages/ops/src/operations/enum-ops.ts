export interface CreateEnumOp {
  kind: 'createEnum';
  name: string;
  schema?: string;
  values: string[];
}

export interface DropEnumOp {
  kind: 'dropEnum';
  name: string;
  schema?: string;
  /** The dropped type's labels, so that the drop can be reversed. */
  definition?: { values: string[] };
}

export interface AddEnumValueOp {
  kind: 'addEnumValue';
  name: string;
  schema?: string;
  value: string;
  before?: string;
  after?: string;
  ifNotExists?: boolean;
}

export interface RenameEnumValueOp {
  kind: 'renameEnumValue';
  name: string;
  schema?: string;
  from: string;
  to: string;
}
