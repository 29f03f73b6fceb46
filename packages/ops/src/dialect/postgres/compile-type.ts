import type { Compilers } from './compiler-types';
import { qualify, quoteIdent, quoteLiteral } from './quote';
import { sequenceOptionClauses } from './render-sequence-options';
import { statement } from './statement';

type TypeKinds =
  | 'createEnum'
  | 'dropEnum'
  | 'addEnumValue'
  | 'renameEnumValue'
  | 'createSequence'
  | 'alterSequence'
  | 'dropSequence'
  | 'createSchema'
  | 'dropSchema';

/** Enums, sequences and schemas: objects that live beside tables. */
export const typeCompilers: Pick<Compilers, TypeKinds> = {
  createEnum(op) {
    const values = op.values.map(quoteLiteral).join(', ');
    return [statement(`CREATE TYPE ${qualify(op.name, op.schema)} AS ENUM (${values})`)];
  },
  dropEnum: (op) => [statement(`DROP TYPE ${qualify(op.name, op.schema)}`)],
  addEnumValue(op) {
    if (op.before !== undefined && op.after !== undefined) {
      throw new TypeError(`addEnumValue ${op.name}: give "before" or "after", not both`);
    }
    const parts = [`ALTER TYPE ${qualify(op.name, op.schema)} ADD VALUE`];
    if (op.ifNotExists === true) parts.push('IF NOT EXISTS');
    parts.push(quoteLiteral(op.value));
    if (op.before !== undefined) parts.push(`BEFORE ${quoteLiteral(op.before)}`);
    if (op.after !== undefined) parts.push(`AFTER ${quoteLiteral(op.after)}`);
    // PostgreSQL >= 12 runs ADD VALUE inside a transaction; the value becomes usable after the
    // commit, so a migration that also uses it wraps this call in op.autocommitBlock().
    return [statement(parts.join(' '))];
  },
  renameEnumValue(op) {
    const sql = `ALTER TYPE ${qualify(op.name, op.schema)} RENAME VALUE ${quoteLiteral(op.from)} TO ${quoteLiteral(op.to)}`;
    return [statement(sql)];
  },

  createSequence(op) {
    const { kind: _kind, name, schema, ifNotExists, ...options } = op;
    const head = `CREATE SEQUENCE ${ifNotExists === true ? 'IF NOT EXISTS ' : ''}${qualify(name, schema)}`;
    return [statement([head, ...sequenceOptionClauses(options)].join(' '))];
  },
  alterSequence(op) {
    const clauses = sequenceOptionClauses(op.changes);
    if (clauses.length === 0) return [];
    return [statement([`ALTER SEQUENCE ${qualify(op.name, op.schema)}`, ...clauses].join(' '))];
  },
  dropSequence(op) {
    const ifExists = op.ifExists === true ? 'IF EXISTS ' : '';
    return [statement(`DROP SEQUENCE ${ifExists}${qualify(op.name, op.schema)}`)];
  },

  createSchema(op) {
    const ifNotExists = op.ifNotExists === true ? 'IF NOT EXISTS ' : '';
    return [statement(`CREATE SCHEMA ${ifNotExists}${quoteIdent(op.name)}`)];
  },
  dropSchema(op) {
    const ifExists = op.ifExists === true ? 'IF EXISTS ' : '';
    const cascade = op.cascade === true ? ' CASCADE' : '';
    return [statement(`DROP SCHEMA ${ifExists}${quoteIdent(op.name)}${cascade}`)];
  },
};
