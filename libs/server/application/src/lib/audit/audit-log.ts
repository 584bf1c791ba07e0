import type { AuditAction, AuditOutcome } from '@camhs/contracts';
import type { Role } from '@camhs/domain';
import { EntityManager } from 'typeorm';

/** Who did something, for the audit trail: a signed-in user, a system process, or nobody (anonymous). */
export interface AuditActor {
  userId: string | null;
  /** The user's username, or `system:<process>` for the worker and the CLI; null when anonymous. */
  username: string | null;
  roleUsed: Role | null;
  requestId: string | null;
  /** What was asked for, e.g. `GET /api/referrals/{id}` or `job acknowledge-referral`. */
  operation: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  childIds?: readonly string[];
  outcome: AuditOutcome;
}

/** Anything that can run SQL: the DataSource, or the EntityManager of the caller's transaction. */
export type Sql = Pick<EntityManager, 'query'>;

/** A process acting on its own (worker jobs, operator commands). */
export function systemActor(process: string, operation: string, requestId: string | null = null): AuditActor {
  return { userId: null, username: `system:${process}`, roleUsed: null, requestId, operation };
}

/**
 * Append to the audit trail. Pass the transaction's EntityManager so the entry commits (or rolls
 * back) with the change it records. Ids only: never names or clinical text.
 */
export async function recordAudit(sql: Sql, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await sql.query(
    `INSERT INTO audit_event (user_id, username, role_used, action, entity_type, entity_id, child_ids, request_id, operation, outcome)
     VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[], $8, $9, $10)`,
    [
      actor.userId,
      actor.username,
      actor.roleUsed,
      entry.action,
      entry.entityType,
      entry.entityId ?? null,
      [...new Set(entry.childIds ?? [])],
      actor.requestId,
      actor.operation,
      entry.outcome,
    ],
  );
}
