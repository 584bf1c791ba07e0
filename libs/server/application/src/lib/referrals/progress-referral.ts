import type { CompleteAccessRequest, CompleteAssessmentRequest, DischargeReferralRequest, ReferralView } from '@camhs/contracts';
import {
  ReferralPathway,
  Transition,
  Wait,
  completeAccess,
  completeAssessment,
  dischargeReferral,
  removeWait,
} from '@camhs/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { ConflictError, NotFoundError, ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { referralInScope } from '../identity/scope-sql';
import { ReferralQueries } from './referral-queries';

interface PathwayRow {
  id: string;
  child_id: string;
  version: number;
  visible: boolean;
  stage: ReferralPathway['stage'];
  received_on: string;
  access_completed_on: string | null;
  access_outcome: ReferralPathway['accessOutcome'];
  assessment_completed_on: string | null;
  assessment_outcome: ReferralPathway['assessmentOutcome'];
  discharged_on: string | null;
}

/** Which request field a refusal about a date, or about another detail, concerns. */
interface Fields {
  date: string;
  detail: string;
}

/**
 * Move a referral along the pathway: complete access, complete assessment (onto waiting lists),
 * discharge. Each move locks the referral, checks scope (404) and the version the caller saw
 * (409 when stale), asks the domain whether the move is allowed (409 when the recorded state does
 * not allow it, 400 naming the field otherwise), writes the change and its audit entry together.
 */
@Injectable()
export class ProgressReferral {
  constructor(
    private readonly db: DataSource,
    private readonly queries: ReferralQueries,
  ) {}

  completeAccess(id: string, req: CompleteAccessRequest, actor: Actor): Promise<ReferralView> {
    const result =
      req.outcome === 'redirected'
        ? ({ outcome: 'redirected', destination: req.destination ?? '' } as const)
        : req.outcome === 'returned'
          ? ({ outcome: 'returned', reason: req.reason ?? '' } as const)
          : ({ outcome: 'accepted' } as const);
    const note = req.outcome === 'redirected' ? req.destination : req.outcome === 'returned' ? req.reason : null;
    return this.change(id, req.version, actor, { date: 'completedOn', detail: req.outcome === 'redirected' ? 'destination' : 'reason' }, 'complete access', (p) =>
      completeAccess(p, req.completedOn, result),
      async (em) => {
        await em.query(`UPDATE referral SET access_note = $2 WHERE id = $1`, [id, note?.trim() || null]);
      },
    );
  }

  completeAssessment(id: string, req: CompleteAssessmentRequest, actor: Actor): Promise<ReferralView> {
    const lists = req.lists ?? [];
    const result = req.outcome === 'accepted' ? ({ outcome: 'accepted', lists } as const) : ({ outcome: 'discharged', reason: req.reason ?? '' } as const);
    return this.change(id, req.version, actor, { date: 'completedOn', detail: req.outcome === 'accepted' ? 'lists' : 'reason' }, 'complete assessment', (p) =>
      completeAssessment(p, req.completedOn, result),
      async (em) => {
        if (req.outcome === 'discharged') {
          await em.query(`UPDATE referral SET discharge_reason = $2 WHERE id = $1`, [id, req.reason?.trim()]);
          return;
        }
        const found: { id: string; name: string }[] = await em.query(`SELECT id, name FROM waiting_list WHERE name = ANY($1::text[])`, [lists]);
        const unknown = lists.filter((l) => !found.some((f) => f.name === l));
        if (unknown.length) {
          const known: { name: string }[] = await em.query(`SELECT name FROM waiting_list ORDER BY name`);
          throw ValidationFailedError.of([{ field: 'lists', message: `unknown waiting list ${unknown.map((u) => `'${u}'`).join(', ')}; lists: ${known.map((k) => k.name).join(', ')}` }]);
        }
        await em.query(`INSERT INTO wait (referral_id, list_id, added_on) SELECT $1, unnest($2::uuid[]), $3`, [id, found.map((f) => f.id), req.completedOn]);
      },
    );
  }

  discharge(id: string, req: DischargeReferralRequest, actor: Actor): Promise<ReferralView> {
    return this.change(id, req.version, actor, { date: 'dischargedOn', detail: 'reason' }, 'discharge', (p) => dischargeReferral(p, req.dischargedOn, req.reason), async (em) => {
      await em.query(`UPDATE referral SET discharge_reason = $2 WHERE id = $1`, [id, req.reason.trim()]);
      // Every open wait ends on the day of discharge (and none may have begun after it).
      const open: (Wait & { id: string })[] = await em.query(
        `SELECT w.id, l.name AS list, to_char(w.added_on, 'YYYY-MM-DD') AS "addedOn", null AS "startedOn", null AS "removedOn"
           FROM wait w JOIN waiting_list l ON l.id = w.list_id WHERE w.referral_id = $1 AND w.started_on IS NULL AND w.removed_on IS NULL`,
        [id],
      );
      for (const w of open) {
        const ended = removeWait(w, req.dischargedOn);
        if (!ended.ok) throw ValidationFailedError.of([{ field: 'dischargedOn', message: ended.reason }]);
      }
      await em.query(`UPDATE wait SET removed_on = $2, version = version + 1 WHERE id = ANY($1::uuid[])`, [open.map((w) => w.id), req.dischargedOn]);
    });
  }

  private async change(
    id: string,
    version: number,
    actor: Actor,
    fields: Fields,
    what: string,
    decide: (p: ReferralPathway) => Transition<ReferralPathway>,
    alsoWrite: (em: EntityManager) => Promise<void>,
  ): Promise<ReferralView> {
    let hiddenChild: string | null = null;
    try {
      await this.db.transaction(async (em) => {
        const params: unknown[] = [id];
        const [row]: PathwayRow[] = await em.query(
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
          throw new NotFoundError('referral', id);
        }
        if (row.version !== version) {
          throw new ConflictError(`The referral has changed since you loaded it (it is at version ${row.version}; you sent ${version}). Reload it and try again.`);
        }
        const moved = decide(toPathway(row));
        if (!moved.ok) {
          if (moved.concern === 'state') throw new ConflictError(`Cannot ${what}: ${moved.reason}.`);
          throw ValidationFailedError.of([{ field: moved.concern === 'date' ? fields.date : fields.detail, message: moved.reason }]);
        }
        const p = moved.value;
        await em.query(
          `UPDATE referral SET stage = $2, access_completed_on = $3, access_outcome = $4, assessment_completed_on = $5,
                  assessment_outcome = $6, discharged_on = $7, version = version + 1, updated_at = now() WHERE id = $1`,
          [id, p.stage, p.accessCompletedOn, p.accessOutcome, p.assessmentCompletedOn, p.assessmentOutcome, p.dischargedOn],
        );
        await alsoWrite(em);
        await recordAudit(em, actor, { action: 'update', entityType: 'referral', entityId: id, childIds: [row.child_id], outcome: 'success' });
      });
    } catch (e) {
      // The refusal rolled back; the attempt on a record outside the caller's scope is still audited.
      if (hiddenChild) await recordAudit(this.db, actor, { action: 'denied', entityType: 'referral', entityId: id, childIds: [hiddenChild], outcome: 'not-found' });
      throw e;
    }
    return this.queries.byId(id);
  }
}

function toPathway(r: PathwayRow): ReferralPathway {
  return {
    stage: r.stage,
    receivedOn: r.received_on,
    accessCompletedOn: r.access_completed_on,
    accessOutcome: r.access_outcome,
    assessmentCompletedOn: r.assessment_completed_on,
    assessmentOutcome: r.assessment_outcome,
    dischargedOn: r.discharged_on,
  };
}
