export { SCHEMA_MODEL_VERSION } from './model';
export type {
  Dialect,
  SchemaModel,
  QualifiedName,
  Table,
  Column,
  SequenceOptions,
  Identity,
  Generated,
  PrimaryKey,
  ForeignKeyAction,
  ForeignKey,
  UniqueConstraint,
  CheckConstraint,
  IndexKey,
  Index,
  Enum,
  Domain,
  Sequence,
  Extension,
  ExclusionConstraint,
  Policy,
  PolicyCommand,
  Role,
  View,
  ViewDependency,
} from './model';
export { emptyModel, normalizeModel, compareText } from './normalize';
export { diffPaths, modelsEqual } from './compare';
export { canonicalType, serialBaseType, type CanonicalTypeOptions } from './canonical/type';
export { canonicalOpclass } from './canonical/opclass';
export { canonicalDefault, castLabel } from './canonical/default';
export { quoteIdent, quoteQualified, parseQualifiedName } from './canonical/quote-ident';
export { parseIndexKeySql, type ParsedIndexKey } from './canonical/index-key';
export {
  MAX_IDENTIFIER_BYTES,
  truncateIdentifier,
  makeObjectName,
  chooseName,
  nameAddition,
  primaryKeyName,
  uniqueConstraintName,
  foreignKeyName,
  checkConstraintName,
  indexName,
  sequenceName,
} from './canonical/names';
export {
  resolveSequenceOptions,
  type SequenceType,
  type PartialSequenceOptions,
} from './canonical/sequence-options';
export {
  expandSerial,
  detectSerial,
  nextvalDefault,
  regclassLiteral,
  type SerialKind,
} from './canonical/serial';
export { canonicalViewDefinition } from './canonical/view-definition';
