import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Columns whose types make TypeORM's synchronize install extensions. */
@Entity()
export class Shape {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('citext')
  name!: string;

  @Column('hstore')
  attributes!: Record<string, string>;

  @Column('ltree')
  path!: string;

  @Column('cube')
  box!: string;
}
