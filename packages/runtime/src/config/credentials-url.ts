/** Connection fields as drizzle-kit (`user`) and TypeORM (`username`) spell them. */
export interface ConnectionFields {
  host?: string;
  port?: number | string;
  user?: string;
  username?: string;
  password?: string;
  database?: string;
  ssl?: unknown;
}

/** A postgres:// URL from separate fields (user and password percent-encoded). */
export function urlFromFields(fields: ConnectionFields): string {
  const user = fields.user ?? fields.username;
  const auth = user ? `${encodeURIComponent(user)}${fields.password ? `:${encodeURIComponent(fields.password)}` : ''}@` : '';
  const host = fields.host || 'localhost';
  const port = fields.port ? `:${fields.port}` : '';
  const database = fields.database ? `/${encodeURIComponent(fields.database)}` : '';
  const ssl = fields.ssl === undefined || fields.ssl === false ? '' : `?sslmode=${typeof fields.ssl === 'string' ? fields.ssl : 'require'}`;
  return `postgres://${auth}${host}${port}${database}${ssl}`;
}

/** Whether a connection-options object names a server at all (an unset env var leaves it empty). */
export function hasFields(fields: ConnectionFields): boolean {
  return Boolean(fields.host || fields.database || fields.user || fields.username);
}
