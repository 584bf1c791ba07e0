import type { DutyContactView, LogContactRequest, RecordDutyReviewRequest, RespondToContactRequest, RespondToContactResult } from '@camhs/contracts';
import { Clock, today } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CLOCK } from '../common/clock.provider';
import { ConflictError, NotFoundError, ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { LockedReferral, assertVersion, changeReferral } from '../referrals/change-referral';
import { DutySchedule } from './duty-schedule';
import { assertWorkable, completeTask, londonDateTime, lockTaskForSubject } from './duty-task-lock';
import { writeDutyReview } from './write-duty-review';

const SELECT_CONTACT = `
  SELECT c.id, c.referral_id AS "referralId", c.child_id AS "childId", c.kind, c.received_at AS "receivedAt", c.caller, c.summary,
         lu.display_name AS "loggedBy", c.responded_at AS "respondedAt", ru.display_name AS "respondedBy", c.response, c.version,
         (SELECT t.id FROM duty_task t WHERE t.kind = 'contact' AND t.subject_id = c.id) AS "taskId"
    FROM duty_contact c JOIN app_user lu ON lu.id = c.logged_by LEFT JOIN app_user ru ON ru.id = c.responded_by`;

type ContactRow = Omit<DutyContactView, 'receivedAt' | 'respondedAt'> & { receivedAt: Date; respondedAt: Date | null };

/**
 * Incoming calls and letters about a child (domain.md: Duty, or the LP for RED, responds to them).
 * Logging one opens a `contact` task dated the day it was received, so it shows on the duty list
 * until someone responds; a response that reviews the child records the review too, which
 * re-plans the child's next review one full interval after it.
 */
@Injectable()
export class DutyContacts {
  constructor(
    private readonly db: DataSource,
    private readonly schedule: DutySchedule,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async log(referralId: string, req: LogContactRequest, actor: Actor): Promise<DutyContactView> {
    const now = this.clock.now();
    const receivedAt = req.receivedAt ? new Date(req.receivedAt) : now;
    if (receivedAt.getTime() > now.getTime()) throw ValidationFailedError.of([{ field: 'receivedAt', message: 'the call or letter cannot have been received in the future' }]);
    return changeReferral(this.db, actor, referralId, { entityType: 'duty-contact', entityId: (c: DutyContactView) => c.id }, async (em, referral) => {
      const [contact] = await em.query(
        `INSERT INTO duty_contact (referral_id, child_id, kind, received_at, caller, summary, logged_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [referralId, referral.childId, req.kind, receivedAt, req.caller.trim(), req.summary.trim(), actor.userId],
      );
      await em.query(
        `INSERT INTO duty_task (child_id, referral_id, kind, due_on, subject_id) VALUES ($1, $2, 'contact', ($3::timestamptz AT TIME ZONE 'Europe/London')::date, $4)`,
        [referral.childId, referralId, receivedAt, contact.id],
      );
      return contactView(em, contact.id);
    });
  }

  async respond(contactId: string, req: RespondToContactRequest, actor: Actor): Promise<RespondToContactResult> {
    const [before] = await this.db.query(`SELECT referral_id FROM duty_contact WHERE id = $1`, [contactId]);
    if (!before) throw new NotFoundError('contact', contactId);
    return changeReferral(
      this.db,
      actor,
      before.referral_id,
      { entityType: 'duty-contact', entityId: () => contactId, notFound: { entity: 'contact', id: contactId } },
      async (em, referral) => {
        const [c] = await em.query(
          `SELECT c.version, c.responded_at, u.display_name AS responder FROM duty_contact c LEFT JOIN app_user u ON u.id = c.responded_by WHERE c.id = $1 FOR UPDATE OF c`,
          [contactId],
        );
        assertVersion('contact', c.version, req.version);
        if (c.responded_at) throw new ConflictError(`${c.responder} already responded to this contact at ${londonDateTime(c.responded_at)}.`);
        const task = await lockTaskForSubject(em, 'contact', contactId);
        if (task) assertWorkable(task, actor, 'respond to the contact');
        const review = req.review ? await this.review(em, actor, referral, req.review, contactId) : null;
        await em.query(`UPDATE duty_contact SET responded_at = now(), responded_by = $2, response = $3, version = version + 1 WHERE id = $1`, [contactId, actor.userId, req.response.trim()]);
        if (task) await completeTask(em, task.id, actor);
        return { contact: await contactView(em, contactId), review };
      },
    );
  }

  private review(em: EntityManager, actor: Actor, referral: LockedReferral, req: RecordDutyReviewRequest, contactId: string) {
    return reviewWithin(em, actor, referral, req, { today: today(this.clock), now: this.clock.now(), schedule: this.schedule, contactId });
  }
}

/** A review inside a response: its 400s name the field under `review.`. */
async function reviewWithin(...args: Parameters<typeof writeDutyReview>): ReturnType<typeof writeDutyReview> {
  try {
    return await writeDutyReview(...args);
  } catch (e) {
    if (e instanceof ValidationFailedError) throw new ValidationFailedError(e.errors.map((f) => ({ ...f, field: `review.${f.field}` })));
    throw e;
  }
}

async function contactView(em: EntityManager, id: string): Promise<DutyContactView> {
  const [c]: ContactRow[] = await em.query(`${SELECT_CONTACT} WHERE c.id = $1`, [id]);
  return { ...c, receivedAt: c.receivedAt.toISOString(), respondedAt: c.respondedAt?.toISOString() ?? null };
}
