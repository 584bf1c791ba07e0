import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { TeamEntity } from './team.entity';

/** A member of staff who signs in. Roles are a set; teams (and the areas they cover) give scope. */
@Entity({ name: 'app_user' })
export class AppUserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  username!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  /** scrypt hash (`scrypt$N$r$p$salt$hash`); null for identity-provider-only users. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'text', array: true })
  roles!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'failed_sign_ins', type: 'integer', default: 0 })
  failedSignIns!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @ManyToMany(() => TeamEntity)
  @JoinTable({ name: 'user_team', joinColumn: { name: 'user_id' }, inverseJoinColumn: { name: 'team_id' } })
  teams!: TeamEntity[];

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
