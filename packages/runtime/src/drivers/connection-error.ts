import { RetortError, maskUrl } from '@retort/errors';

/** Turns a driver's connection failure into one clear paragraph (passwords masked). */
export function connectionError(error: unknown, displayUrl: string, timeoutS: number): RetortError {
  const err = error as { code?: string; message?: string };
  const message = maskUrl(String(err?.message ?? error));
  if (err?.code === 'CONNECT_TIMEOUT') {
    return new RetortError('DATABASE_TIMEOUT', `${displayUrl} did not answer within ${timeoutS} s.`, {
      hint: 'Is a PostgreSQL server listening at that host and port (something may accept connections without answering)? Check the URL, or raise --connect-timeout (config "connectTimeout", seconds) for a slow network.',
      cause: error,
    });
  }
  if (err?.code === '28P01' || err?.code === '28000') {
    return new RetortError('DATABASE_AUTH_FAILED', `Authentication failed for ${displayUrl}: ${message}`, {
      hint: 'Check the user name and password in the URL (config "url", --url or RETORT_DATABASE_URL).',
      cause: error,
    });
  }
  if (err?.code === '3D000') {
    return new RetortError('DATABASE_NOT_FOUND', `The database in ${displayUrl} does not exist: ${message}`, {
      hint: 'Create it first (createdb NAME) or fix the database name in the URL.',
      cause: error,
    });
  }
  return new RetortError('DATABASE_UNREACHABLE', `Could not connect to ${displayUrl}: ${message}`, {
    hint: 'Is the server running and reachable at that host and port? Check the URL (config "url", --url or RETORT_DATABASE_URL).',
    cause: error,
  });
}
