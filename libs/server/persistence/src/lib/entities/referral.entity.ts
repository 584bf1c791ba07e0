import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { AreaEntity } from './area.entity';
import { ChildEntity } from './child.entity';
import { TeamEntity } from './team.entity';

@Entity({ name: 'referral' })
@Index('referral_received_idx', ['receivedOn'])
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { nullable: false })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ name: 'area_id', type: 'uuid' })
  areaId!: string;

  @ManyToOne(() => AreaEntity, { nullable: false })
  @JoinColumn({ name: 'area_id' })
  area?: AreaEntity;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => TeamEntity, { nullable: false })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  @Column({ name: 'referrer_type', type: 'text' })
  referrerType!: string;

  @Column({ type: 'text' })
  urgency!: string;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  /** Pathway stage: access, assessment, accepted, redirected, returned, discharged. */
  @Column({ type: 'text', default: 'access' })
  stage!: string;

  @Column({ name: 'access_completed_on', type: 'date', nullable: true })
  accessCompletedOn!: string | null;

  @Column({ name: 'access_outcome', type: 'text', nullable: true })
  accessOutcome!: string | null;

  /** Where a redirected referral went, or why it was returned. Free text: never logged or queued. */
  @Column({ name: 'access_note', type: 'text', nullable: true })
  accessNote!: string | null;

  @Column({ name: 'assessment_completed_on', type: 'date', nullable: true })
  assessmentCompletedOn!: string | null;

  @Column({ name: 'assessment_outcome', type: 'text', nullable: true })
  assessmentOutcome!: string | null;

  @Column({ name: 'discharged_on', type: 'date', nullable: true })
  dischargedOn!: string | null;

  @Column({ name: 'discharge_reason', type: 'text', nullable: true })
  dischargeReason!: string | null;

  /** Current RAG rating (RED, AMBER, GREEN) and the day it was set. */
  @Column({ type: 'text', nullable: true })
  rag!: string | null;

  @Column({ name: 'rag_set_on', type: 'date', nullable: true })
  ragSetOn!: string | null;

  /** Name or staff id of the named lead professional (expected when RED). */
  @Column({ name: 'lead_professional', type: 'text', nullable: true })
  leadProfessional!: string | null;

  /** Source system id when the referral came from a PTL extract. */
  @Column({ name: 'source_id', type: 'text', nullable: true, unique: true })
  sourceId!: string | null;

  /** Optimistic concurrency: a write with a stale version is refused with 409. */
  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
