import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Task } from './entities/task';
import { User } from './entities/user';

// retort reads the entity metadata of this DataSource without connecting to it.
export const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/app',
  entities: [User, Task],
  synchronize: false,
});
