import {
  Column,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { SchoolEntity } from '../organisations/school.entity';

/**
 * A school class, registered with its grade in one school year (`2.A`, grade 2, in 2026/27); its
 * grade in any other year follows from that.
 */
@Entity('classes')
export class SchoolClassEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => SchoolEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  school: Relation<SchoolEntity>;

  @Column('uuid', { name: 'school_id' })
  schoolId: string;

  @Column('text')
  label: string;

  /** The grade in `schoolYear`; 0 is børnehaveklasse. */
  @Column('int')
  grade: number;

  @Column('text', { name: 'school_year' })
  schoolYear: string;

  @Column('int')
  pupils: number;

  @ManyToMany(() => UserEntity)
  @JoinTable({
    name: 'class_teachers',
    joinColumn: { name: 'class_id' },
    inverseJoinColumn: { name: 'user_id' },
  })
  teachers: Relation<UserEntity[]>;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
