import type {
  OpenPanelCaseRequest,
  PanelCaseBoard,
  PanelCaseView,
  RecordConsentRequest,
  RecordEscalationRiskRequest,
  WithdrawPanelCaseRequest,
} from '@camhs/contracts';
import { Clock, PANEL_CASE_STATES, coordinatesPanel, PanelCaseState, compareDates, normaliseNhsNumber, recordConsent, recordEscalationRisk, supportHoursProblem, today, withdrawCase } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { CLOCK } from '../common/clock.provider';
import { NotFoundError, ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { assertVersion } from '../referrals/change-referral';
import { caseSummaries, caseView } from './panel-case-view';
import { changePanelCase, coordinatedPanel, loadPanel, moveCase } from './panel-frame';

/**
 * Cases brought to a panel: opened with the school's details, parental consent recorded (who,
 * when, scope — appended, never changed), the coordinator's pre-panel risk of escalation, and
 * withdrawal before the panel decides. Reads and writes are audited with the child's id.
 */
@Injectable()
export class PanelCases {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The board: every case of the panel by state (the children listed are audited). */
  async board(panelId: string, state: PanelCaseState | null, actor: Actor): Promise<PanelCaseBoard> {
    await coordinatedPanel(this.db, actor, panelId);
    const cases = await caseSummaries(this.db, panelId, state);
    await recordAudit(this.db, actor, { action: 'read', entityType: 'panel-case', entityId: null, childIds: cases.map((c) => c.childId), outcome: 'success' });
    const columns = Object.fromEntries(PANEL_CASE_STATES.map((s) => [s, cases.filter((c) => c.state === s)])) as PanelCaseBoard['columns'];
    return { panelId, columns };
  }

  async get(caseId: string, actor: Actor): Promise<PanelCaseView> {
    const [row] = await this.db.query(`SELECT panel_id, child_id FROM panel_case WHERE id = $1`, [caseId]);
    const panel = row ? await loadPanel(this.db, row.panel_id) : null;
    if (!row || !panel || !coordinatesPanel(actor.scope.teamIds, panel)) {
      if (row) await recordAudit(this.db, actor, { action: 'denied', entityType: 'panel-case', entityId: caseId, childIds: [row.child_id], outcome: 'not-found' });
      throw new NotFoundError('panel case', caseId);
    }
    const view = await caseView(this.db, caseId, today(this.clock));
    await recordAudit(this.db, actor, { action: 'read', entityType: 'panel-case', entityId: caseId, childIds: [row.child_id], outcome: 'success' });
    return view;
  }

  open(req: OpenPanelCaseRequest, actor: Actor): Promise<PanelCaseView> {
    return this.db.transaction(async (em) => {
      const panel = await coordinatedPanel(em, actor, req.panelId).catch(() => null);
      if (!panel) throw ValidationFailedError.of([{ field: 'panelId', message: 'no panel of your teams has this id' }]);
      if (compareDates(req.child.dateOfBirth, today(this.clock)) > 0) throw ValidationFailedError.of([{ field: 'child.dateOfBirth', message: 'the date of birth cannot be in the future' }]);
      const childId = await matchOrCreateChild(em, req);
      const nhs = req.child.nhsNumber ? normaliseNhsNumber(req.child.nhsNumber) : null;
      const [row] = await em.query(
        `INSERT INTO panel_case (panel_id, child_id, given_name, family_name, date_of_birth, nhs_number, school, year_group, brought_by_name, brought_by_role, need, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [req.panelId, childId, req.child.givenName.trim(), req.child.familyName.trim(), req.child.dateOfBirth, nhs, req.school.trim(), req.yearGroup?.trim() || null,
          req.broughtBy.name.trim(), req.broughtBy.role.trim(), req.need.trim(), actor.userId],
      );
      await recordAudit(em, actor, { action: 'create', entityType: 'panel-case', entityId: row.id, childIds: [childId], outcome: 'success' });
      return caseView(em, row.id, today(this.clock));
    });
  }

  recordConsent(caseId: string, req: RecordConsentRequest, actor: Actor): Promise<PanelCaseView> {
    const day = today(this.clock);
    if (compareDates(req.givenOn, day) > 0) throw ValidationFailedError.of([{ field: 'givenOn', message: 'consent cannot be dated in the future' }]);
    return changePanelCase(this.db, actor, caseId, 'panel-consent', async (em, c) => {
      assertVersion('case', c.version, req.version);
      const move = recordConsent(c.facts);
      // Consent is written first: the move to ready is checked by the table against it.
      if (move.ok) await em.query(`UPDATE panel_case SET consent_recorded = true WHERE id = $1`, [caseId]);
      await moveCase(em, c, move, 'record consent');
      await em.query(`INSERT INTO panel_consent (case_id, given_by, relationship, given_on, scope, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
        caseId, req.givenBy.trim(), req.relationship.trim(), req.givenOn, req.scope.trim(), actor.userId,
      ]);
      return caseView(em, caseId, day);
    });
  }

  recordRisk(caseId: string, req: RecordEscalationRiskRequest, actor: Actor): Promise<PanelCaseView> {
    const hours = req.predictedHoursPerWeek ?? null;
    const problem = hours === null ? null : supportHoursProblem(hours);
    if (problem) throw ValidationFailedError.of([{ field: 'predictedHoursPerWeek', message: problem }]);
    return changePanelCase(this.db, actor, caseId, 'panel-risk-assessment', async (em, c) => {
      assertVersion('case', c.version, req.version);
      // The risk is written first: the move to ready is checked by the table against it.
      await em.query(`UPDATE panel_case SET risk_level = $2, risk_note = $3, predicted_hours_per_week = $4 WHERE id = $1`, [caseId, req.level, req.note.trim(), hours]);
      await moveCase(em, c, recordEscalationRisk(c.facts, req.level), 'record the pre-panel risk');
      await em.query(`INSERT INTO panel_risk_assessment (case_id, level, note, predicted_hours_per_week, recorded_by) VALUES ($1, $2, $3, $4, $5)`, [
        caseId, req.level, req.note.trim(), hours, actor.userId,
      ]);
      return caseView(em, caseId, today(this.clock));
    });
  }

  withdraw(caseId: string, req: WithdrawPanelCaseRequest, actor: Actor): Promise<PanelCaseView> {
    const day = today(this.clock);
    return changePanelCase(this.db, actor, caseId, 'panel-case', async (em, c) => {
      assertVersion('case', c.version, req.version);
      await moveCase(em, c, withdrawCase(c.facts, req.reason), 'withdraw the case', { closing: { reason: `Withdrawn: ${req.reason.trim()}`, on: day } });
      // Off any agenda it was waiting on (that sitting's version moves on).
      const [removed] = await em.query(
        `UPDATE panel_agenda_item SET removed_at = now() WHERE case_id = $1 AND decision IS NULL AND removed_at IS NULL AND carried_at IS NULL RETURNING sitting_id`,
        [caseId],
      );
      for (const { sitting_id } of removed as { sitting_id: string }[]) await em.query(`UPDATE panel_sitting SET version = version + 1 WHERE id = $1`, [sitting_id]);
      return caseView(em, caseId, day);
    });
  }
}

/**
 * The child's identity: with an NHS number, the child already known by it — only when the name and
 * date of birth match too, so an NHS number alone never attaches a case to someone else — else a
 * new child. Nothing is read from (or shown of) any CAMHS record.
 */
async function matchOrCreateChild(em: EntityManager, req: OpenPanelCaseRequest): Promise<string> {
  const { givenName, familyName, dateOfBirth } = req.child;
  const nhs = req.child.nhsNumber ? normaliseNhsNumber(req.child.nhsNumber) : null;
  if (nhs) {
    const [inserted] = await em.query(
      `INSERT INTO child (nhs_number, given_name, family_name, date_of_birth) VALUES ($1, $2, $3, $4) ON CONFLICT (nhs_number) DO NOTHING RETURNING id`,
      [nhs, givenName.trim(), familyName.trim(), dateOfBirth],
    );
    if (inserted) return inserted.id;
    const [same] = await em.query(
      `SELECT id FROM child WHERE nhs_number = $1 AND lower(given_name) = lower($2) AND lower(family_name) = lower($3) AND date_of_birth = $4`,
      [nhs, givenName.trim(), familyName.trim(), dateOfBirth],
    );
    if (same) return same.id;
    throw ValidationFailedError.of([
      { field: 'child.nhsNumber', message: 'a child with this NHS number is already registered with a different name or date of birth; check the NHS number and the details' },
    ]);
  }
  const [row] = await em.query(`INSERT INTO child (given_name, family_name, date_of_birth) VALUES ($1, $2, $3) RETURNING id`, [givenName.trim(), familyName.trim(), dateOfBirth]);
  return row.id;
}
