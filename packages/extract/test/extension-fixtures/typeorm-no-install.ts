import { DataSource } from 'typeorm';
import { Shape } from './typeorm-entities';

/** installExtensions: false: synchronize installs nothing. */
export const AppDataSource = new DataSource({ type: 'postgres', entities: [Shape], installExtensions: false });
