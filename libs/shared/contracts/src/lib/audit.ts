import type { Role } from '@camhs/domain';
import type { IsoDateTime } from './common';

export const AUDIT_ACTIONS = ['read', 'create', 'update', 'delete', 'export', 'sign-in', 'sign-out', 'denied'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied', 'not-found'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** One row of the audit trail. Ids only: the trail itself holds no names or clinical text. */
export interface AuditEventView {
  id: string;
  occurredAt: IsoDateTime;
  userId: string | null;
  username: string | null;
  roleUsed: Role | null;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  childIds: string[];
  requestId: string | null;
  outcome: AuditOutcome;
  /** What was asked for, e.g. `GET /api/referrals/{id}`. */
  operation: string | null;
}

export interface ListAuditQuery {
  childId: string;
  page?: number;
  pageSize?: number;
}
