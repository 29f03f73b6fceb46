/** Where loading failed: the innermost user file being loaded and the file that imported it. */
export interface LoadFailure {
  file: string;
  importer: string | undefined;
}

const failures = new WeakMap<object, LoadFailure>();

/** Records the innermost file whose loading raised `error` (outer files see it already noted). */
export function noteLoadFailure(error: unknown, file: string, importer: string | undefined): void {
  if (error !== null && typeof error === 'object' && !failures.has(error)) failures.set(error, { file, importer });
}

export function loadFailureOf(error: unknown): LoadFailure | undefined {
  return error !== null && typeof error === 'object' ? failures.get(error) : undefined;
}
