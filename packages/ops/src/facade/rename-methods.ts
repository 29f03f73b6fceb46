import type { Operation } from '../operations/operation';

type InSchema = { schema?: string };

/** The facade's renames and moves (the `op` of migration files inherits them). */
export abstract class RenameMethods {
  abstract invoke(op: Operation): Promise<void>;

  renameSchema(name: string, newName: string): Promise<void> {
    return this.invoke({ kind: 'renameSchema', name, newName });
  }
  /** `ALTER TABLE … SET SCHEMA`: the table keeps its name, rows, indexes and constraints. */
  setTableSchema(table: string, newSchema: string, options: InSchema = {}): Promise<void> {
    return this.invoke({ kind: 'setTableSchema', table, newSchema, ...options });
  }
  renameEnum(name: string, newName: string, options: InSchema = {}): Promise<void> {
    return this.invoke({ kind: 'renameEnum', name, newName, ...options });
  }
  setEnumSchema(name: string, newSchema: string, options: InSchema = {}): Promise<void> {
    return this.invoke({ kind: 'setEnumSchema', name, newSchema, ...options });
  }
  renameSequence(name: string, newName: string, options: InSchema = {}): Promise<void> {
    return this.invoke({ kind: 'renameSequence', name, newName, ...options });
  }
  setSequenceSchema(name: string, newSchema: string, options: InSchema = {}): Promise<void> {
    return this.invoke({ kind: 'setSequenceSchema', name, newSchema, ...options });
  }
  /** `schema`: the schema of the index's table. */
  renameIndex(name: string, newName: string, options: InSchema = {}): Promise<void> {
    return this.invoke({ kind: 'renameIndex', name, newName, ...options });
  }
  renameConstraint(
    name: string,
    table: string,
    newName: string,
    options: InSchema = {},
  ): Promise<void> {
    return this.invoke({ kind: 'renameConstraint', name, table, newName, ...options });
  }
}
