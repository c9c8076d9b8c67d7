import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { CompanyEntity } from '../organisations/company.entity';
import { PartnerEntity } from '../organisations/partner.entity';
import { SchoolEntity } from '../organisations/school.entity';
import { Role } from './role';
import { UserEntity } from './user.entity';

/**
 * A role a person holds, in the organisation the role belongs to: a teacher in a school, a
 * contact person or volunteer in a company, a coordinator in a partner organisation. An admin
 * membership names no organisation. The database checks that the right column is set.
 */
@Entity('memberships')
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => UserEntity, (user) => user.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text')
  role: Role;

  @ManyToOne(() => SchoolEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'school_id' })
  school: Relation<SchoolEntity> | null;

  @Column('uuid', { name: 'school_id', nullable: true })
  schoolId: string | null;

  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'company_id' })
  company: Relation<CompanyEntity> | null;

  @Column('uuid', { name: 'company_id', nullable: true })
  companyId: string | null;

  @ManyToOne(() => PartnerEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'partner_id' })
  partner: Relation<PartnerEntity> | null;

  @Column('uuid', { name: 'partner_id', nullable: true })
  partnerId: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
