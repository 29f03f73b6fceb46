/** `add users table!` → `add_users_table` (Alembic's slug: words joined by _, at most 40 chars). */
export function slugify(message: string): string {
  const slug = message
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return slug || 'revision';
}

/** Applies the config's file template ('{rev}_{slug}' by default). */
export function revisionFileName(template: string, revision: string, message: string): string {
  return `${template.replace(/\{rev\}/g, revision).replace(/\{slug\}/g, slugify(message))}.ts`;
}
