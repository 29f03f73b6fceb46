/**
 * The order of an upgrade, phase by phase. Every rule of the dependency order is one line here:
 * - schemas first, then the extensions that may live in them and that types, defaults and
 *   operator classes below may need, then renames, so that everything after speaks the target's names;
 * - types and sequences before the tables and columns that use them (enum values are added
 *   here too, before any column or default uses them);
 * - foreign keys dropped before the indexes, constraints, columns and tables they depend on;
 * - tables created before their indexes and constraints, unique keys before the foreign keys
 *   that reference them;
 * - views dropped before anything they read changes, and created once everything they read
 *   exists (each after the views it reads);
 * - types, sequences and schemas dropped last, once nothing uses them; identity sequences get
 *   the names the target wants after that (a dropped sequence may hold the name until then).
 */
export const PHASES = [
  'createSchemas',
  'createExtensions',
  'dropViews',
  'renames',
  'prepareTypes',
  'createTypes',
  'dropForeignKeys',
  'dropIndexes',
  'dropConstraints',
  'releaseSequences',
  'dropColumns',
  'dropTables',
  'createTables',
  'alterTables',
  'createIndexes',
  'createConstraints',
  'createForeignKeys',
  'alterSequences',
  'createViews',
  'dropTypes',
  'renameSequences',
  'dropSchemas',
] as const;

export type Phase = (typeof PHASES)[number];
