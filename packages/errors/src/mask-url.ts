/** Replaces the password of any `scheme://user:password@host` URL inside `text` with `***`. */
export function maskUrl(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)([^@\s]*)@/gi, '$1***@');
}
