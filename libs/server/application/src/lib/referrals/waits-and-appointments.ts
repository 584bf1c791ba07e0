import type { AddWaitRequest, BookAppointmentRequest, EndWaitRequest, RecordAppointmentOutcomeRequest, ReferralView } from '@camhs/contracts';
import { CLOSED_STAGES, Wait, addWait, describeStage, recordAppointmentOutcome, removeWait, startTreatment } from '@camhs/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConflictError, NotFoundError, ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { openSafeguardingAfterDna } from '../duty/safeguarding-decisions';
import { assertVersion, changeReferral, refusalError } from './change-referral';
import { stageIntents } from './stage-work';
import { ReferralQueries } from './referral-queries';

type WaitRow = Wait & { id: string; referral_id: string; version: number };

/**
 * Waits (add; end by starting treatment or removal) and appointments (book; record attended, DNA
 * or cancelled). Each change runs in the referral's frame (lock, scope → 404, audit), checks the
 * version of the record it changes (409 when stale) and asks the domain whether it is allowed.
 */
@Injectable()
export class WaitsAndAppointments {
  constructor(
    private readonly db: DataSource,
    private readonly queries: ReferralQueries,
  ) {}

  async addWait(referralId: string, req: AddWaitRequest, actor: Actor): Promise<ReferralView> {
    await changeReferral(this.db, actor, referralId, { entityType: 'wait', entityId: (id: string) => id }, async (em, referral) => {
      assertVersion('referral', referral.version, req.version);
      const [list] = await em.query(`SELECT id FROM waiting_list WHERE name = $1`, [req.list]);
      if (!list) {
        const known: { name: string }[] = await em.query(`SELECT name FROM waiting_list ORDER BY name`);
        throw ValidationFailedError.of([{ field: 'list', message: `unknown waiting list '${req.list}'; lists: ${known.map((k) => k.name).join(', ')}` }]);
      }
      const existing: Wait[] = await em.query(
        `SELECT l.name AS list, to_char(w.added_on, 'YYYY-MM-DD') AS "addedOn", to_char(w.started_on, 'YYYY-MM-DD') AS "startedOn",
                to_char(w.removed_on, 'YYYY-MM-DD') AS "removedOn"
           FROM wait w JOIN waiting_list l ON l.id = w.list_id WHERE w.referral_id = $1`,
        [referralId],
      );
      const added = addWait(referral.pathway, existing, req.list, req.addedOn);
      if (!added.ok) throw refusalError('add the wait', added, { date: 'addedOn', detail: 'list' });
      const [row] = await em.query(`INSERT INTO wait (referral_id, list_id, added_on) VALUES ($1, $2, $3) RETURNING id`, [referralId, list.id, req.addedOn]);
      await em.query(`UPDATE referral SET version = version + 1, updated_at = now() WHERE id = $1`, [referralId]);
      await stageIntents.waitsOpened(em, referralId, [row.id]);
      return row.id as string;
    });
    return this.queries.byId(referralId);
  }

  startTreatment(waitId: string, req: EndWaitRequest, actor: Actor): Promise<ReferralView> {
    return this.endWait(waitId, req, actor, 'start treatment', (w) => startTreatment(w, req.on));
  }

  removeWait(waitId: string, req: EndWaitRequest, actor: Actor): Promise<ReferralView> {
    return this.endWait(waitId, req, actor, 'remove the wait', (w) => removeWait(w, req.on));
  }

  async bookAppointment(referralId: string, req: BookAppointmentRequest, actor: Actor): Promise<ReferralView> {
    await changeReferral(this.db, actor, referralId, { entityType: 'appointment', entityId: (id: string) => id }, async (em, referral) => {
      if (CLOSED_STAGES.includes(referral.pathway.stage)) {
        throw new ConflictError(`Cannot book an appointment: the referral is closed (${describeStage(referral.pathway.stage)}).`);
      }
      if (req.waitId) {
        const [wait] = await em.query(`SELECT 1 FROM wait WHERE id = $1 AND referral_id = $2`, [req.waitId, referralId]);
        if (!wait) throw ValidationFailedError.of([{ field: 'waitId', message: 'is not one of this referral’s waits' }]);
      }
      const [row] = await em.query(`INSERT INTO appointment (referral_id, wait_id, date, kind) VALUES ($1, $2, $3, $4) RETURNING id`, [
        referralId,
        req.waitId ?? null,
        req.date,
        req.kind,
      ]);
      return row.id as string;
    });
    return this.queries.byId(referralId);
  }

  async recordOutcome(appointmentId: string, req: RecordAppointmentOutcomeRequest, actor: Actor): Promise<ReferralView> {
    const referralId = await this.referralOf('appointment', appointmentId);
    await changeReferral(this.db, actor, referralId, { entityType: 'appointment', entityId: () => appointmentId, notFound: { entity: 'appointment', id: appointmentId } }, async (em) => {
      const [a] = await em.query(`SELECT status, version FROM appointment WHERE id = $1 FOR UPDATE`, [appointmentId]);
      assertVersion('appointment', a.version, req.version);
      const recorded = recordAppointmentOutcome(a.status, req.status);
      if (!recorded.ok) throw refusalError('record the outcome', recorded, { date: 'status', detail: 'status' });
      await em.query(`UPDATE appointment SET status = $2, version = version + 1 WHERE id = $1`, [appointmentId, recorded.value]);
      // A DNA needs a safeguarding decision before any discharge (domain.md; duty/safeguarding-decisions.ts).
      if (recorded.value === 'dna') await openSafeguardingAfterDna(em, appointmentId);
    });
    return this.queries.byId(referralId);
  }

  private async endWait(waitId: string, req: EndWaitRequest, actor: Actor, what: string, end: (w: Wait) => ReturnType<typeof startTreatment>): Promise<ReferralView> {
    const referralId = await this.referralOf('wait', waitId);
    await changeReferral(this.db, actor, referralId, { entityType: 'wait', entityId: () => waitId, notFound: { entity: 'wait', id: waitId } }, async (em) => {
      const [w]: WaitRow[] = await em.query(
        `SELECT w.id, w.referral_id, w.version, l.name AS list, to_char(w.added_on, 'YYYY-MM-DD') AS "addedOn",
                to_char(w.started_on, 'YYYY-MM-DD') AS "startedOn", to_char(w.removed_on, 'YYYY-MM-DD') AS "removedOn"
           FROM wait w JOIN waiting_list l ON l.id = w.list_id WHERE w.id = $1 FOR UPDATE OF w`,
        [waitId],
      );
      assertVersion('wait', w.version, req.version);
      const ended = end(w);
      if (!ended.ok) throw refusalError(what, ended, { date: 'on', detail: 'on' });
      await em.query(`UPDATE wait SET started_on = $2, removed_on = $3, version = version + 1 WHERE id = $1`, [waitId, ended.value.startedOn, ended.value.removedOn]);
    });
    return this.queries.byId(referralId);
  }

  /** The referral a wait or appointment belongs to (404 when there is no such record; scope is checked by the change frame). */
  private async referralOf(table: 'wait' | 'appointment', id: string): Promise<string> {
    const [row] = await this.db.query(`SELECT referral_id FROM ${table} WHERE id = $1`, [id]);
    if (!row) throw new NotFoundError(table, id);
    return row.referral_id;
  }
}
