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
import { ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { assertNoOutstandingSafeguarding } from '../duty/safeguarding-decisions';
import { assertVersion, changeReferral, refusalError } from './change-referral';
import { ReferralQueries } from './referral-queries';
import { stageIntents } from './stage-work';

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
        await stageIntents.accessCompleted(em, id);
      },
    );
  }

  completeAssessment(id: string, req: CompleteAssessmentRequest, actor: Actor): Promise<ReferralView> {
    const lists = req.lists ?? [];
    const result = req.outcome === 'accepted' ? ({ outcome: 'accepted', lists } as const) : ({ outcome: 'discharged', reason: req.reason ?? '' } as const);
    return this.change(id, req.version, actor, { date: 'completedOn', detail: req.outcome === 'accepted' ? 'lists' : 'reason' }, 'complete assessment', (p) =>
      completeAssessment(p, req.completedOn, result),
      async (em) => {
        if (req.outcome === 'discharged') await assertNoOutstandingSafeguarding(em, id, 'discharge the referral');
        await stageIntents.assessmentCompleted(em, id);
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
        const opened: { id: string }[] = await em.query(`INSERT INTO wait (referral_id, list_id, added_on) SELECT $1, unnest($2::uuid[]), $3 RETURNING id`, [
          id,
          found.map((f) => f.id),
          req.completedOn,
        ]);
        await stageIntents.waitsOpened(em, id, opened.map((w) => w.id));
      },
    );
  }

  discharge(id: string, req: DischargeReferralRequest, actor: Actor): Promise<ReferralView> {
    return this.change(id, req.version, actor, { date: 'dischargedOn', detail: 'reason' }, 'discharge', (p) => dischargeReferral(p, req.dischargedOn, req.reason), async (em) => {
      await assertNoOutstandingSafeguarding(em, id, 'discharge the referral');
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
      await stageIntents.discharged(em, id);
    });
  }

  private async change(
    id: string,
    version: number,
    actor: Actor,
    fields: { date: string; detail: string },
    what: string,
    decide: (p: ReferralPathway) => Transition<ReferralPathway>,
    alsoWrite: (em: EntityManager) => Promise<void>,
  ): Promise<ReferralView> {
    await changeReferral(this.db, actor, id, { entityType: 'referral', entityId: () => id }, async (em, referral) => {
      assertVersion('referral', referral.version, version);
      const moved = decide(referral.pathway);
      if (!moved.ok) throw refusalError(what, moved, fields);
      const p = moved.value;
      await em.query(
        `UPDATE referral SET stage = $2, access_completed_on = $3, access_outcome = $4, assessment_completed_on = $5,
                assessment_outcome = $6, discharged_on = $7, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, p.stage, p.accessCompletedOn, p.accessOutcome, p.assessmentCompletedOn, p.assessmentOutcome, p.dischargedOn],
      );
      await alsoWrite(em);
    });
    return this.queries.byId(id);
  }
}
