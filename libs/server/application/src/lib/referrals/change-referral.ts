import type { ReferralPathway, Refusal } from '@camhs/domain';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { ConflictError, NotFoundError, ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { referralInScope } from '../identity/scope-sql';

export interface LockedReferral {
  id: string;
  childId: string;
  version: number;
  pathway: ReferralPathway;
}

/**
 * The frame of every change to a referral or to what hangs off it (waits, appointments): in one
 * transaction, lock the referral, answer 404 if it is outside the caller's scope (and audit that
 * attempt after the rollback), run `work`, and audit the update with the change.
 */
export async function changeReferral<T>(
  db: DataSource,
  actor: Actor,
  referralId: string,
  /** `notFound`: what a 404 names when reached through a wait or an appointment (so its id, not the referral's, is echoed). */
  audit: { entityType: string; entityId: (result: T) => string; notFound?: { entity: string; id: string } },
  work: (em: EntityManager, referral: LockedReferral) => Promise<T>,
): Promise<T> {
  let hiddenChild: string | null = null;
  try {
    return await db.transaction(async (em) => {
      const params: unknown[] = [referralId];
      const [row] = await em.query(
        `SELECT r.id, r.child_id, r.version, r.stage, ${referralInScope(actor.scope, params)} AS visible,
                to_char(r.received_on, 'YYYY-MM-DD') AS received_on,
                to_char(r.access_completed_on, 'YYYY-MM-DD') AS access_completed_on, r.access_outcome,
                to_char(r.assessment_completed_on, 'YYYY-MM-DD') AS assessment_completed_on, r.assessment_outcome,
                to_char(r.discharged_on, 'YYYY-MM-DD') AS discharged_on
           FROM referral r WHERE r.id = $1 FOR UPDATE`,
        params,
      );
      if (!row || !row.visible) {
        hiddenChild = row?.child_id ?? null;
        throw new NotFoundError(audit.notFound?.entity ?? 'referral', audit.notFound?.id ?? referralId);
      }
      const locked: LockedReferral = {
        id: row.id,
        childId: row.child_id,
        version: row.version,
        pathway: {
          stage: row.stage,
          receivedOn: row.received_on,
          accessCompletedOn: row.access_completed_on,
          accessOutcome: row.access_outcome,
          assessmentCompletedOn: row.assessment_completed_on,
          assessmentOutcome: row.assessment_outcome,
          dischargedOn: row.discharged_on,
        },
      };
      const result = await work(em, locked);
      await recordAudit(em, actor, { action: 'update', entityType: audit.entityType, entityId: audit.entityId(result), childIds: [row.child_id], outcome: 'success' });
      return result;
    });
  } catch (e) {
    if (hiddenChild) await recordAudit(db, actor, { action: 'denied', entityType: 'referral', entityId: referralId, childIds: [hiddenChild], outcome: 'not-found' });
    throw e;
  }
}

/** 409 unless the caller saw the current version. */
export function assertVersion(what: string, current: number, sent: number): void {
  if (current !== sent) {
    throw new ConflictError(`The ${what} has changed since you loaded it (it is at version ${current}; you sent ${sent}). Reload it and try again.`);
  }
}

/** A domain refusal as an HTTP-shaped error: 409 about the recorded state, 400 naming the field otherwise. */
export function refusalError(what: string, refusal: Refusal, fields: { date: string; detail: string }): Error {
  if (refusal.concern === 'state') return new ConflictError(`Cannot ${what}: ${refusal.reason}.`);
  return ValidationFailedError.of([{ field: refusal.concern === 'date' ? fields.date : fields.detail, message: refusal.reason }]);
}
