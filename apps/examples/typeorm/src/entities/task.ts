import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user';

export enum TaskStatus {
  Todo = 'todo',
  Doing = 'doing',
  Done = 'done',
}

@Entity('tasks')
@Index(['owner', 'status'])
export class Task {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  title: string;

  @Column({ type: 'enum', enum: TaskStatus, default: TaskStatus.Todo })
  status: TaskStatus;

  @ManyToOne(() => User, (user) => user.tasks, { onDelete: 'CASCADE', nullable: false })
  owner: User;
}
