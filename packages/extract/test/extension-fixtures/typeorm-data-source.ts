import { DataSource } from 'typeorm';
import { Shape } from './typeorm-entities';

/** pgcrypto for uuids, and an extension of the DataSource's own list. */
export const AppDataSource = new DataSource({
  type: 'postgres',
  entities: [Shape],
  uuidExtension: 'pgcrypto',
  extensions: ['pg_trgm'],
});
