import { formatSource } from './format-source';
import { renderRevisionSource } from './render-revision-file';
import type { RevisionFileSpec } from './revision-file-spec';

/** The finished, prettier-formatted source of a revision file that will live at `filePath`. */
export async function renderRevisionFile(
  spec: RevisionFileSpec,
  filePath: string,
): Promise<string> {
  return formatSource(renderRevisionSource(spec), filePath);
}
