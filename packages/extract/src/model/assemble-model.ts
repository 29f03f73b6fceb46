import type { Enum, Extension, Role, SchemaModel, Sequence, Table, View } from '@retort/schema';
import { mergeExtensions } from '../extensions/infer-extensions';
import { emptyModel, normalizeModel } from '@retort/schema';
import { duplicateObject, duplicateTable, type Origin } from './model-errors';

/** Collects tables, enums, sequences and roles, rejecting two objects of a kind with one qualified name. */
export class ModelBuilder {
  private readonly tables = new Map<string, { table: Table; origin: Origin }>();
  private readonly enums = new Map<string, { value: Enum; origin: Origin }>();
  private readonly sequences = new Map<string, { value: Sequence; origin: Origin }>();
  private readonly schemas = new Set<string>();
  private extensions: Extension[] = [];
  private readonly roles = new Map<string, { value: Role; origin: Origin }>();
  private readonly views = new Map<string, { value: View; origin: Origin }>();

  addSchema(name: string): void {
    this.schemas.add(name);
  }

  /** Extensions the model needs; the first given for a name wins. */
  addExtensions(extensions: readonly Extension[]): void {
    this.extensions = mergeExtensions(this.extensions, extensions);
  }

  addTable(table: Table, origin: Origin): void {
    const key = `${table.schema}.${table.name}`;
    const existing = this.tables.get(key);
    if (existing) throw duplicateTable(key, existing.origin, origin);
    this.tables.set(key, { table, origin });
  }

  hasEnum(schema: string, name: string): boolean {
    return this.enums.has(`${schema}.${name}`);
  }

  addEnum(value: Enum, origin: Origin): void {
    const key = `${value.schema}.${value.name}`;
    const existing = this.enums.get(key);
    if (existing) {
      if (sameValues(existing.value.values, value.values)) return;
      throw duplicateObject('enum', key, existing.origin, origin);
    }
    this.enums.set(key, { value, origin });
  }

  addSequence(value: Sequence, origin: Origin): void {
    const key = `${value.schema}.${value.name}`;
    const existing = this.sequences.get(key);
    if (existing) throw duplicateObject('sequence', key, existing.origin, origin);
    this.sequences.set(key, { value, origin });
  }

  addRole(value: Role, origin: Origin): void {
    const existing = this.roles.get(value.name);
    if (existing) throw duplicateObject('role', value.name, existing.origin, origin);
    this.roles.set(value.name, { value, origin });
  }

  /** A view or materialized view; its name must not be taken by another view or a table. */
  addView(value: View, origin: Origin): void {
    const key = `${value.schema}.${value.name}`;
    const existing = this.views.get(key) ?? this.tables.get(key);
    if (existing) throw duplicateObject('relation', key, existing.origin, origin);
    this.views.set(key, { value, origin });
  }

  /** The normalised model; `schemas` lists every schema an object lives in plus declared ones. */
  build(): SchemaModel {
    const model = emptyModel();
    model.tables = [...this.tables.values()].map((t) => t.table);
    model.enums = [...this.enums.values()].map((e) => e.value);
    model.sequences = [...this.sequences.values()].map((s) => s.value);
    model.roles = [...this.roles.values()].map((r) => r.value);
    model.views = [...this.views.values()].map((v) => v.value);
    const schemas = new Set(this.schemas);
    for (const o of [...model.tables, ...model.enums, ...model.sequences, ...this.extensions, ...model.views]) schemas.add(o.schema);
    model.schemas = [...schemas];
    model.extensions = this.extensions;
    return normalizeModel(model);
  }
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
