import { randomBytes } from 'node:crypto';

/** A new revision id: 12 random hex characters (like Alembic's `uuid4().hex[-12:]`). */
export function generateRevisionId(): string {
  return randomBytes(6).toString('hex');
}
