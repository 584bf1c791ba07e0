import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type LetterKind = 'acknowledgement';
export type LetterRecipient = 'referrer' | 'gp' | 'family';
export type LetterStatus = 'queued' | 'generated' | 'sent';

/** A letter the service owes someone. One per (referral, kind, recipient): re-running a job adds nothing. */
@Entity({ name: 'letter' })
@Unique('letter_once_per_recipient', ['referralId', 'kind', 'recipient'])
export class LetterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @Column({ type: 'text' })
  kind!: LetterKind;

  @Column({ type: 'text' })
  recipient!: LetterRecipient;

  @Column({ type: 'text', default: 'queued' })
  status!: LetterStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
