export { loadModels, type Models } from './load-models';
export { databaseCanonicalizer } from './database-canonicalizer';
export {
  parseTableRename,
  parseColumnRename,
  parseSchemaRename,
  parseObjectRename,
  assertRenamesMatch,
  type RenameAnswers,
} from './rename-flags';
export { parseRenamesFile } from './renames-file';
export { mergeAnswers } from './rename-answers';
export {
  renderMigration,
  plannedUpgrade,
  type PlannedUpgrade,
  summaryLines,
  type RenderedMigration,
  type MigrationPlanOptions,
} from './render-migration';
export { formatChanges, type ChangeFormat } from './format-changes';
export type { ChangeStyle } from './format-changes-text';
export { describeChanges, groupChanges, subjectOf, type ChangeGroup } from './change-groups';
export { hazardSeverity, type HazardSeverity } from './hazard-severity';
export { compareWithDatabase, type CompareOptions, type Comparison } from './compare';
export { baselineEntries } from './baseline';
