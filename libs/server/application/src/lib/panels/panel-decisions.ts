import type { ActionRequest, AllocationRequest, RecordDecisionRequest, RecordDecisionResult } from '@camhs/contracts';
import { Clock, checkAllocation, compareDates, decideCase, nextTermlyReview, sittingHeldProblem, today } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { CLOCK } from '../common/clock.provider';
import { ConflictError, NotFoundError, ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { assertVersion } from '../referrals/change-referral';
import { EntryTerms, entryTerms, quoteFromRecords } from './allocation-quotes';
import { panelSettings } from './panel-catalogue';
import { LockedCase, lockCase, moveCase } from './panel-frame';
import { actionViews, allocationViews, decisionViews } from './panel-record-views';
import { assertOpen, coordinatedSitting } from './sitting-frame';

type Problem = { field: string; message: string };

/**
 * The panel's decision on a case at a sitting, in one transaction: allocated (interventions from the
 * catalogue, capacity used block first then spot — confirmed — and the year's budget not exceeded
 * without a recorded reason), not allocated (the case closes) or deferred (it carries to the next
 * sitting); with actions, each with an owner and a due date. The decision is append-only; the
 * allocation's units and cost are fixed when recorded.
 */
@Injectable()
export class PanelDecisions {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(sittingId: string, itemId: string, req: RecordDecisionRequest, actor: Actor): Promise<RecordDecisionResult> {
    const day = today(this.clock);
    return this.db.transaction(async (em) => {
      const { sitting, panel } = await coordinatedSitting(em, actor, sittingId, true);
      const [item] = await em.query(`SELECT id, case_id, decision, carried_at, removed_at FROM panel_agenda_item WHERE id = $1 AND sitting_id = $2 FOR UPDATE`, [itemId, sittingId]);
      if (!item) throw new NotFoundError('agenda item', itemId);
      assertOpen(sitting, 'record a decision');
      const notYet = sittingHeldProblem(sitting.sitsOn, day);
      if (notYet) throw new ConflictError(`Cannot record a decision: ${notYet}.`);
      if (item.removed_at) throw new ConflictError('Cannot record a decision: the case was taken off this agenda.');
      if (item.decision || item.carried_at) throw new ConflictError('Cannot record a decision: one is already recorded for this case at this sitting.');
      const c = (await lockCase(em, item.case_id)) as LockedCase;
      assertVersion('case', c.version, req.version);
      const problems = shapeProblems(req, sitting.sitsOn);
      if (problems.length) throw ValidationFailedError.of(problems);
      const reason = (req.reason ?? '').trim();
      await moveCase(em, c, decideCase(c.facts, req.outcome), 'record the decision', { closing: { reason: `Not allocated: ${reason}`, on: day } });

      // The risk in force when the panel first considers the case: the report's "at the start".
      await em.query(
        `UPDATE panel_case SET risk_at_start = risk_level, predicted_hours_at_start = predicted_hours_per_week WHERE id = $1 AND risk_at_start IS NULL`,
        [c.id],
      );
      const [decision] = await em.query(
        `INSERT INTO panel_decision (item_id, case_id, sitting_id, outcome, reason, recorded_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [itemId, c.id, sittingId, req.outcome, reason, actor.userId],
      );
      await em.query(`UPDATE panel_agenda_item SET decision = $2 WHERE id = $1`, [itemId, req.outcome]);
      await this.allocate(em, panel.id, c, decision.id, req.allocations ?? []);
      for (const a of req.actions ?? []) {
        // clock_timestamp(): the actions keep the order they were given in (now() is the same for the whole transaction).
        await em.query(`INSERT INTO panel_action (decision_id, case_id, description, owner, due_on, created_at) VALUES ($1, $2, $3, $4, $5, clock_timestamp())`, [
          decision.id, c.id, a.description.trim(), a.owner.trim(), a.dueOn,
        ]);
      }
      await recordAudit(em, actor, { action: 'create', entityType: 'panel-decision', entityId: decision.id, childIds: [c.childId], outcome: 'success' });
      const [view] = await decisionViews(em, 'd.id = $1', [decision.id]);
      return {
        decision: view,
        allocations: await allocationViews(em, 'a.decision_id = $1', [decision.id]),
        actions: await actionViews(em, 'x.decision_id = $1', [decision.id]),
        caseState: c.facts.state,
        caseVersion: c.version,
      };
    });
  }

  /** Each allocation in order, quoted against what the earlier ones used; the panel's budget rows and the entries are locked first. */
  private async allocate(em: EntityManager, panelId: string, c: LockedCase, decisionId: string, allocations: AllocationRequest[]): Promise<void> {
    if (allocations.length === 0) return;
    await em.query(`SELECT 1 FROM panel_budget WHERE panel_id = $1 ORDER BY financial_year FOR UPDATE`, [panelId]);
    const entries = new Map<string, EntryTerms>();
    for (const id of [...new Set(allocations.map((a) => a.entryId))].sort()) {
      const entry = await entryTerms(em, id, true);
      if (entry) entries.set(id, entry);
    }
    const { termEnds } = await panelSettings(em);
    for (const [i, a] of allocations.entries()) {
      const entry = entries.get(a.entryId);
      if (!entry || !entry.active) throw ValidationFailedError.of([{ field: `allocations.${i}.entryId`, message: entry ? 'this catalogue entry is no longer offered' : 'no such catalogue entry' }]);
      const { financialYear, quote } = await quoteFromRecords(em, panelId, entry, a.unitsPerWeek, a.weeks, a.startOn);
      const reason = a.budgetOverrideReason?.trim() || null;
      const check = checkAllocation(quote, entry.unit, { confirmSpot: a.confirmSpot === true, budgetOverrideReason: reason }, financialYear);
      if (!check.ok) throw ValidationFailedError.of([{ field: `allocations.${i}.${check.field}`, message: check.reason }]);
      // clock_timestamp(): allocations list in the order they were decided (now() is the same for the whole transaction).
      await em.query(
        `INSERT INTO panel_allocation (decision_id, case_id, panel_id, entry_id, units_per_week, weeks, units, start_on, financial_year, block_units, spot_units,
                unit_cost_pence, spot_price_pence, block_cost_pence, spot_cost_pence, cost_pence, spot_confirmed, budget_override_reason, over_budget_by_pence, next_review_on, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, clock_timestamp())`,
        [decisionId, c.id, panelId, entry.id, a.unitsPerWeek, a.weeks, quote.units, a.startOn, financialYear, quote.blockUnits, quote.spotUnits,
          entry.unitCostPence, entry.spotPricePence, quote.blockCostPence, quote.spotCostPence, quote.costPence, quote.spotUnits > 0,
          quote.needsBudgetOverride ? reason : null, quote.overBudgetByPence, nextTermlyReview(a.startOn, termEnds)],
      );
    }
  }
}

/** What the request must hold for its outcome: a reason always; allocations only (and at least one) when allocating; dates from the sitting on. */
function shapeProblems(req: RecordDecisionRequest, sitsOn: string): Problem[] {
  const problems: Problem[] = [];
  const allocations = req.allocations ?? [];
  if (!req.reason?.trim()) problems.push({ field: 'reason', message: 'say why the panel decided this' });
  if (req.outcome === 'allocated' && allocations.length === 0) problems.push({ field: 'allocations', message: 'an allocation decision allocates at least one intervention' });
  if (req.outcome !== 'allocated' && allocations.length > 0) problems.push({ field: 'allocations', message: `a decision of ${req.outcome} allocates nothing` });
  allocations.forEach((a, i) => {
    if (compareDates(a.startOn, sitsOn) < 0) problems.push({ field: `allocations.${i}.startOn`, message: `an allocation cannot start before the sitting (${sitsOn})` });
  });
  (req.actions ?? []).forEach((a: ActionRequest, i) => {
    if (compareDates(a.dueOn, sitsOn) < 0) problems.push({ field: `actions.${i}.dueOn`, message: `an action cannot be due before the sitting (${sitsOn})` });
  });
  return problems;
}
