import type { Hazard } from '../types';

export function dropTableHazard(table: string): Hazard {
  return {
    code: 'data-loss',
    message: `Dropping table ${table} deletes all of its rows.`,
    suggestion:
      'Stop writing to the table first, back it up or rename it, and drop it in a later migration.',
  };
}

export function dropColumnHazard(table: string, column: string): Hazard {
  return {
    code: 'data-loss',
    message: `Dropping column ${table}.${column} deletes its values.`,
    suggestion:
      'Stop reading and writing the column first (deploy that), then drop it in a later migration.',
  };
}

export function narrowingHazard(table: string, column: string, from: string, to: string): Hazard {
  return {
    code: 'data-loss',
    message: `Changing ${table}.${column} from ${from} to ${to} may truncate values or fail on values that do not fit.`,
    suggestion:
      'Check that every value fits the new type (a SELECT over the column) before migrating.',
  };
}

export function enumValuesRemovedHazard(type: string, values: readonly string[]): Hazard {
  return {
    code: 'data-loss',
    message: `Recreating enum ${type} removes ${values.map((v) => `'${v}'`).join(', ')}; rows holding them make the cast fail.`,
    suggestion:
      'Update the rows that use the removed values (UPDATE … SET col = …) in an earlier migration.',
  };
}

export function dropSchemaHazard(schema: string): Hazard {
  return {
    code: 'data-loss',
    message: `Dropping schema ${schema}.`,
    suggestion:
      'Make sure nothing outside the model lives in the schema, or exclude it with the schema filter.',
  };
}
