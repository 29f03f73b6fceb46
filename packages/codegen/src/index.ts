export type { RevisionFileSpec } from './file/revision-file-spec';
export { renderRevisionSource } from './file/render-revision-file';
export { formatSource } from './file/format-source';
export { slugify, revisionFileName } from './file/revision-file-name';
export { renderRevisionFile } from './file/render-revision-file-formatted';
export { renderOperation } from './render/render-operation';
export type { RenderOptions } from './render/render-call';
export { renderBody, type BodyEntry } from './render/render-body';
export { renderHazardComment, type Hazard } from './render/hazard-comment';
