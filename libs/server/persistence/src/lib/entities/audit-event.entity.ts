import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of the append-only audit trail (UPDATE, DELETE and TRUNCATE are refused by a trigger).
 * Ids only: no names, NHS numbers or clinical text.
 */
@Entity({ name: 'audit_event' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'text', nullable: true })
  username!: string | null;

  @Column({ name: 'role_used', type: 'text', nullable: true })
  roleUsed!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId!: string | null;

  @Column({ name: 'child_ids', type: 'uuid', array: true })
  childIds!: string[];

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ type: 'text', nullable: true })
  operation!: string | null;

  @Column({ type: 'text' })
  outcome!: string;
}
