import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { readLeadingDocComment } from './doc-comment';
import {
  type RevisionHeader,
  buildHeader,
  parseRevisionHeader,
  scanHeaderExports,
} from './revision-header';

const HEAD_BYTES = 8192;
const buffer = Buffer.allocUnsafe(HEAD_BYTES);
/** A head with no complete doc comment that starts with a comment may have it cut off. */
const STARTS_WITH_COMMENT = /^\uFEFF?\s*(?:#!|\/[*/])/;

/**
 * Reads the header of one migration file. Only the first 8 KiB are read when the four
 * header exports are all found (and complete) in them; otherwise the whole file is parsed,
 * so a literal cut at the boundary can never be misread.
 */
export function readRevisionFile(path: string): RevisionHeader {
  const fd = openSync(path, 'r');
  let bytes: number;
  try {
    bytes = readSync(fd, buffer, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (bytes < HEAD_BYTES) return parseRevisionHeader(buffer.toString('utf8', 0, bytes), path);
  const head = buffer.toString('utf8', 0, bytes);
  const doc = readLeadingDocComment(head);
  const found = scanHeaderExports(head, doc.end);
  const docComplete = doc.end > 0 || !STARTS_WITH_COMMENT.test(head);
  if (docComplete && found.size === 4 && [...found.values()].every((r) => r.ok)) {
    return buildHeader(found, doc.text, path);
  }
  return parseRevisionHeader(readFileSync(path, 'utf8'), path);
}
