import type { TeamMembershipView } from '@camhs/contracts';
import type { ClinicalScope, Role } from '@camhs/domain';
import type { AuditActor } from '../audit/audit-log';

/** A signed-in user as the server knows them for one request. */
export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  teams: TeamMembershipView[];
  teamIds: string[];
  /** Areas covered by the user's teams. */
  areaIds: string[];
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
}

/** The caller of a use case: who (for the audit trail), and which records they may see. */
export interface Actor extends AuditActor {
  userId: string;
  username: string;
  roles: Role[];
  scope: ClinicalScope;
}
