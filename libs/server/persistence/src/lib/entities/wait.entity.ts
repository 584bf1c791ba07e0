import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A child's place on one waiting list, from a referral accepted into the service. */
@Entity({ name: 'wait' })
export class WaitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @Column({ name: 'list_id', type: 'uuid' })
  listId!: string;

  @Column({ name: 'added_on', type: 'date' })
  addedOn!: string;

  /** Treatment (or the specialist assessment) started: the wait ended. */
  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn!: string | null;

  /** Taken off the list without starting. */
  @Column({ name: 'removed_on', type: 'date', nullable: true })
  removedOn!: string | null;

  @Column({ name: 'source_id', type: 'text', nullable: true, unique: true })
  sourceId!: string | null;

  @VersionColumn()
  version!: number;
}
