export { diff } from './diff';
export { downgradeFor } from './downgrade';
export { summarize } from './summarize';
export { findRenameCandidates, fixedRenameResolvers } from './rename-candidates';
export type {
  Hazard,
  DiffEntry,
  RenameResolvers,
  DiffFilter,
  DiffOptions,
  DowngradeStep,
  DiffSummary,
  TableRename,
  ColumnRename,
  RenameCandidates,
  ObjectCandidates,
  ObjectRename,
  SchemaRename,
  DecidedRenames,
  QualifiedName,
} from './types';
export { isVolatileDefault } from './hazards/volatile';
