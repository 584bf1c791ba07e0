import type { LetterKindName, LetterRecipientName, LetterStatusName } from '@camhs/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** The kinds, recipients and statuses are the contract's lists (the database CHECKs the same values). */
export type LetterKind = LetterKindName;
export type LetterRecipient = LetterRecipientName;
export type LetterStatus = LetterStatusName;

/**
 * A letter the service owes someone. One per (referral, kind, recipient) — and, for the repeating
 * waiting-list letter, per due day: re-running a job adds nothing. Its PDF, once generated, is kept
 * unchanged in `letter_document`.
 */
@Entity({ name: 'letter' })
@Unique('letter_once_per_recipient', ['referralId', 'kind', 'recipient', 'dueOn'])
export class LetterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @Column({ type: 'text' })
  kind!: LetterKind;

  @Column({ type: 'text' })
  recipient!: LetterRecipient;

  /** Waiting-list letters only: the duty day it was issued for (the next is planned from it). */
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'text', default: 'queued' })
  status!: LetterStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'generated_at', type: 'timestamptz', nullable: true })
  generatedAt!: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** The app_user who marked it sent. */
  @Column({ name: 'sent_by', type: 'uuid', nullable: true })
  sentBy!: string | null;
}
