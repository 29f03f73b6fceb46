export type { RevisionFileSpec } from './file/revision-file-spec';
export { renderRevisionSource } from './file/render-revision-file';
export { formatSource } from './file/format-source';
export { slugify, revisionFileName } from './file/revision-file-name';
export { renderRevisionFile } from './file/render-revision-file-formatted';
