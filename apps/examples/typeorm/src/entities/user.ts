import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Task } from './task';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  // a varchar only because of emitDecoratorMetadata: `string` → character varying
  @Column({ unique: true })
  email: string;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @OneToMany(() => Task, (task) => task.owner)
  tasks: Task[];
}
