import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** An appointment or contact for a referral, optionally serving one of its waits. */
@Entity({ name: 'appointment' })
export class AppointmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @Column({ name: 'wait_id', type: 'uuid', nullable: true })
  waitId!: string | null;

  @Column({ type: 'date' })
  date!: string;

  /** access, assessment, treatment, duty-review, other */
  @Column({ type: 'text' })
  kind!: string;

  /** booked, attended, dna, cancelled */
  @Column({ type: 'text', default: 'booked' })
  status!: string;

  @Column({ name: 'source_id', type: 'text', nullable: true, unique: true })
  sourceId!: string | null;

  @VersionColumn()
  version!: number;
}
