import type { AddToAgendaRequest, CloseSittingRequest, CloseSittingResult, IssueAgendaRequest, RecordAttendanceRequest, RemoveFromAgendaRequest, SittingView } from '@camhs/contracts';
import { Clock, listForSitting, removeFromAgenda, sittingHeldProblem, today } from '@camhs/domain';
import { JOBS } from '@camhs/queues';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { CLOCK } from '../common/clock.provider';
import { ConflictError, NotFoundError, ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { recordJobIntent } from '../outbox/outbox-writer';
import { assertVersion } from '../referrals/change-referral';
import { appendItem, carryOverFrom, pendingCarryFor } from './carry-over';
import { LockedCase, lockCase, moveCase } from './panel-frame';
import { SittingRow, assertOpen, coordinatedSitting, sittingChildIds } from './sitting-frame';
import { sittingView } from './sitting-view';

/**
 * A sitting of the panel: its agenda built from ready cases (never one without parental consent),
 * issued to members (the worker then produces the pre-read pack, once), attendance, and closing
 * it, which carries every unresolved item to the next sitting. Each change bumps the sitting's
 * version and is audited with the children concerned.
 */
@Injectable()
export class PanelSittings {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async view(sittingId: string, actor: Actor): Promise<SittingView> {
    await coordinatedSitting(this.db, actor, sittingId);
    const view = await sittingView(this.db, sittingId);
    await recordAudit(this.db, actor, { action: 'read', entityType: 'panel-sitting', entityId: sittingId, childIds: await sittingChildIds(this.db, sittingId), outcome: 'success' });
    return view;
  }

  /** The stored pre-read pack (404 until the worker has produced it); the file is named by the sitting's date, never a child. */
  async pack(sittingId: string, actor: Actor): Promise<{ content: Buffer; fileName: string }> {
    const { sitting } = await coordinatedSitting(this.db, actor, sittingId);
    const [row] = await this.db.query(`SELECT pdf FROM panel_pre_read_pack WHERE sitting_id = $1`, [sittingId]);
    if (!row) throw new NotFoundError('pre-read pack of sitting', sittingId);
    await recordAudit(this.db, actor, { action: 'export', entityType: 'panel-pre-read-pack', entityId: sittingId, childIds: await sittingChildIds(this.db, sittingId), outcome: 'success' });
    return { content: row.pdf, fileName: `pre-read-pack-${sitting.sitsOn}.pdf` };
  }

  addToAgenda(sittingId: string, req: AddToAgendaRequest, actor: Actor): Promise<SittingView> {
    return this.change(sittingId, req.version, actor, 'add to the agenda', async (em, sitting) => {
      const childIds: string[] = [];
      for (const [i, caseId] of req.caseIds.entries()) {
        const c = await lockCase(em, caseId);
        if (!c || c.panelId !== sitting.panelId) throw ValidationFailedError.of([{ field: `caseIds.${i}`, message: 'not a case of this sitting’s panel' }]);
        const move = listForSitting(c.facts);
        if (!move.ok) throw new ConflictError(`Cannot list case ${caseId} for the sitting of ${sitting.sitsOn}: ${move.reason}.`);
        await appendItem(em, { id: sittingId, issued: sitting.agendaIssuedAt !== null }, caseId, actor.userId, await pendingCarryFor(em, caseId));
        await moveCase(em, c, move, 'list the case');
        childIds.push(c.childId);
      }
      return childIds;
    });
  }

  removeFromAgenda(sittingId: string, req: RemoveFromAgendaRequest, actor: Actor): Promise<SittingView> {
    return this.change(sittingId, req.version, actor, 'take a case off the agenda', async (em) => {
      const [item] = await em.query(
        `SELECT id FROM panel_agenda_item WHERE sitting_id = $1 AND case_id = $2 AND removed_at IS NULL AND decision IS NULL AND carried_at IS NULL FOR UPDATE`,
        [sittingId, req.caseId],
      );
      if (!item) throw ValidationFailedError.of([{ field: 'caseId', message: 'the case is not waiting for a decision on this agenda' }]);
      const c = (await lockCase(em, req.caseId)) as LockedCase;
      await moveCase(em, c, removeFromAgenda(c.facts), 'take the case off the agenda');
      await em.query(`UPDATE panel_agenda_item SET removed_at = now() WHERE id = $1`, [item.id]);
      return [c.childId];
    });
  }

  /** Issue the agenda to members: the worker produces the pre-read pack (job id per sitting: once). */
  issueAgenda(sittingId: string, req: IssueAgendaRequest, actor: Actor): Promise<SittingView> {
    return this.change(sittingId, req.version, actor, 'issue the agenda', async (em, sitting) => {
      if (sitting.agendaIssuedAt) throw new ConflictError(`The agenda was already issued on ${sitting.agendaIssuedAt.toISOString().slice(0, 10)}; cases added since are marked as not in the pack.`);
      const childIds = await sittingChildIds(em, sittingId);
      if (childIds.length === 0) throw new ConflictError('Cannot issue the agenda: there is no case on it yet.');
      await em.query(`UPDATE panel_sitting SET agenda_issued_at = now(), agenda_issued_by = $2 WHERE id = $1`, [sittingId, actor.userId]);
      await recordJobIntent(em, JOBS.generatePreReadPack, { sittingId });
      return childIds;
    });
  }

  recordAttendance(sittingId: string, req: RecordAttendanceRequest, actor: Actor): Promise<SittingView> {
    return this.change(sittingId, req.version, actor, 'record attendance', async (em, sitting) => {
      this.assertHeld(sitting, 'record attendance');
      const members: { id: string }[] = await em.query(`SELECT id FROM panel_member WHERE panel_id = $1`, [sitting.panelId]);
      const known = new Set(members.map((m) => m.id));
      const problems = req.attendance.flatMap((a, i) => (known.has(a.memberId) ? [] : [{ field: `attendance.${i}.memberId`, message: 'not a member of this panel' }]));
      if (new Set(req.attendance.map((a) => a.memberId)).size !== req.attendance.length) problems.push({ field: 'attendance', message: 'each member may be listed only once' });
      if (problems.length) throw ValidationFailedError.of(problems);
      for (const a of req.attendance) {
        await em.query(
          `INSERT INTO panel_attendance (sitting_id, member_id, present, recorded_by) VALUES ($1, $2, $3, $4)
           ON CONFLICT (sitting_id, member_id) DO UPDATE SET present = EXCLUDED.present, recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
          [sittingId, a.memberId, a.present, actor.userId],
        );
      }
      return [];
    });
  }

  /** Close the sitting's record: every unresolved item carries to the next sitting (or, with none scheduled, joins the next one scheduled). */
  async close(sittingId: string, req: CloseSittingRequest, actor: Actor): Promise<CloseSittingResult> {
    let carried: CloseSittingResult['carried'] = [];
    const sitting = await this.change(sittingId, req.version, actor, 'close the sitting', async (em, s) => {
      this.assertHeld(s, 'close the sitting');
      const moved = await carryOverFrom(em, s.panelId, s);
      carried = moved.map(({ caseId, toSittingId, toSitsOn }) => ({ caseId, toSittingId, toSitsOn }));
      await em.query(`UPDATE panel_sitting SET closed_at = now(), closed_by = $2 WHERE id = $1`, [sittingId, actor.userId]);
      return moved.map((m) => m.childId);
    });
    return { sitting, carried };
  }

  private assertHeld(sitting: SittingRow, what: string): void {
    const problem = sittingHeldProblem(sitting.sitsOn, today(this.clock));
    if (problem) throw new ConflictError(`Cannot ${what}: ${problem}.`);
  }

  /** Lock the caller's sitting, check its version and that it is open, run `work` (which returns the children concerned), bump the version, audit. */
  private change(sittingId: string, version: number, actor: Actor, what: string, work: (em: EntityManager, sitting: SittingRow) => Promise<string[]>): Promise<SittingView> {
    return this.db.transaction(async (em) => {
      const { sitting } = await coordinatedSitting(em, actor, sittingId, true);
      assertVersion('sitting', sitting.version, version);
      assertOpen(sitting, what);
      const childIds = await work(em, sitting);
      await em.query(`UPDATE panel_sitting SET version = version + 1 WHERE id = $1`, [sittingId]);
      await recordAudit(em, actor, { action: 'update', entityType: 'panel-sitting', entityId: sittingId, childIds, outcome: 'success' });
      return sittingView(em, sittingId);
    });
  }
}
