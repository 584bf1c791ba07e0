import type { CompleteActionRequest, PanelActionView } from '@camhs/contracts';
import { ACTION_REMINDER_DAYS_BEFORE, Clock, addDays, today } from '@camhs/domain';
import { JOBS } from '@camhs/queues';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit, systemActor } from '../audit/audit-log';
import { CLOCK } from '../common/clock.provider';
import { ConflictError, NotFoundError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { assertVersion } from '../referrals/change-referral';
import { changePanelCase, coordinatedPanel } from './panel-frame';
import { actionViews } from './panel-record-views';

/**
 * Actions agreed at sittings (an owner and a due date each): the coordinator's list, marking one
 * done, and the worker's daily reminders — one per action and due date, from three days before it
 * falls due, recorded in PostgreSQL and shown on the list.
 */
@Injectable()
export class PanelActions {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(panelId: string, openOnly: boolean, actor: Actor): Promise<PanelActionView[]> {
    await coordinatedPanel(this.db, actor, panelId);
    const actions = await actionViews(this.db, `c.panel_id = $1 AND ($2::boolean IS FALSE OR x.done_at IS NULL)`, [panelId, openOnly]);
    const rows: { child_id: string }[] = await this.db.query(`SELECT DISTINCT child_id FROM panel_case WHERE id = ANY($1::uuid[])`, [actions.map((a) => a.caseId)]);
    await recordAudit(this.db, actor, { action: 'read', entityType: 'panel-action', childIds: rows.map((r) => r.child_id), outcome: 'success' });
    return actions;
  }

  async complete(actionId: string, req: CompleteActionRequest, actor: Actor): Promise<PanelActionView> {
    const [found] = await this.db.query(`SELECT case_id FROM panel_action WHERE id = $1`, [actionId]);
    if (!found) throw new NotFoundError('action', actionId);
    return changePanelCase(
      this.db,
      actor,
      found.case_id,
      'panel-action',
      async (em) => {
        const [a] = await em.query(`SELECT x.version, x.done_at, u.display_name AS doer FROM panel_action x LEFT JOIN app_user u ON u.id = x.done_by WHERE x.id = $1 FOR UPDATE OF x`, [actionId]);
        assertVersion('action', a.version, req.version);
        if (a.done_at) throw new ConflictError(`${a.doer} already marked this action done.`);
        await em.query(`UPDATE panel_action SET done_at = now(), done_by = $2, done_note = $3, version = version + 1 WHERE id = $1`, [actionId, actor.userId, req.note?.trim() || null]);
        const [view] = await actionViews(em, 'x.id = $1', [actionId]);
        return view;
      },
      { entity: 'action', id: actionId },
    );
  }

  /** The worker's daily run: a reminder for every open action due within three days or overdue, once per due date. */
  async remindDue(): Promise<{ reminded: number }> {
    const horizon = addDays(today(this.clock), ACTION_REMINDER_DAYS_BEFORE);
    return this.db.transaction(async (em) => {
      const rows: { child_id: string }[] = await em.query(
        `INSERT INTO panel_action_reminder (action_id, due_on)
         SELECT x.id, x.due_on FROM panel_action x WHERE x.done_at IS NULL AND x.due_on <= $1::date
         ON CONFLICT (action_id, due_on) DO NOTHING
         RETURNING (SELECT c.child_id FROM panel_action y JOIN panel_case c ON c.id = y.case_id WHERE y.id = action_id) AS child_id`,
        [horizon],
      );
      if (rows.length) {
        await recordAudit(em, systemActor('worker', `job ${JOBS.remindPanelActions.name}`), {
          action: 'create', entityType: 'panel-action-reminder', childIds: rows.map((r) => r.child_id), outcome: 'success',
        });
      }
      return { reminded: rows.length };
    });
  }
}
