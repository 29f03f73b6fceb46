import { RetortError } from '@retort/errors';

export function noDrizzleObjects(where: string, exportNames: readonly string[]): RetortError {
  const listed = exportNames.length > 0 ? ` (its exports: ${exportNames.slice(0, 10).join(', ')}${exportNames.length > 10 ? ', …' : ''})` : '';
  return new RetortError('NO_SCHEMA_OBJECTS', `${where} exports no Drizzle tables, enums or sequences${listed}.`, {
    hint: 'Export each table from the schema module, e.g. `export const users = pgTable(...)`, and point retort at that module.',
  });
}
