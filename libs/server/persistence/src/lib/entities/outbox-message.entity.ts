import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: the intent to run a job, written in the same transaction as the state
 * change that needs it. The worker relays rows to BullMQ (job id = `jobId`, so relaying twice is
 * harmless) and the job's handler marks the row processed in the same transaction as its effect.
 * A row not processed long after dispatch is relayed again — this is what survives a Redis flush.
 */
@Entity({ name: 'outbox_message' })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  queue!: string;

  @Column({ name: 'job_name', type: 'text' })
  jobName!: string;

  @Column({ name: 'job_id', type: 'text', unique: true })
  jobId!: string;

  /** Ids only — never a name, date of birth or clinical text. */
  @Column({ type: 'jsonb' })
  payload!: Record<string, string>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;

  @Column({ name: 'dispatch_count', type: 'int', default: 0 })
  dispatchCount!: number;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;
}
