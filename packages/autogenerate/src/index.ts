export { loadModels, type Models } from './load-models';
export { databaseCanonicalizer } from './database-canonicalizer';
export { parseTableRename, parseColumnRename, assertRenamesMatch, type RenameAnswers } from './rename-flags';
export { renderMigration, summaryLines, type RenderedMigration } from './render-migration';
export { formatChanges, type ChangeFormat } from './format-changes';
export { compareWithDatabase, type CompareOptions, type Comparison } from './compare';
export { baselineEntries } from './baseline';
