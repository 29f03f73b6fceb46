import type { Hazard } from '../types';

export function notNullWithoutDefaultHazard(table: string, column: string): Hazard {
  return {
    code: 'fails-on-data',
    message: `Adding NOT NULL column ${table}.${column} without a default fails if the table has rows.`,
    suggestion:
      'Add it nullable (or with a default), backfill the rows, then set NOT NULL in a later migration.',
  };
}

export function castMayFailHazard(table: string, column: string, from: string, to: string): Hazard {
  return {
    code: 'fails-on-data',
    message: `Casting ${table}.${column} from ${from} to ${to} needs an explicit USING cast, which fails on values that do not convert.`,
    suggestion: 'Check the values first, or edit the USING expression to convert them.',
  };
}
