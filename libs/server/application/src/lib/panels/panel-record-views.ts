import type { OutcomeReviewView, PanelActionView, PanelAllocationView, PanelDecisionView } from '@camhs/contracts';
import { Sql } from '../audit/audit-log';
import { exact } from './panel-frame';

/**
 * The records a decision leaves (the decision, its allocations and actions) and the reviews that
 * follow, as the API shows them; each reader filters with its own condition (`where`, on the
 * aliases below) and parameters.
 */
export async function decisionViews(sql: Sql, where: string, params: unknown[]): Promise<PanelDecisionView[]> {
  return sql.query(
    `SELECT d.id, d.sitting_id AS "sittingId", s.sits_on AS "sitsOn", d.outcome, d.reason, u.display_name AS "recordedBy", d.recorded_at AS "recordedAt"
       FROM panel_decision d JOIN panel_sitting s ON s.id = d.sitting_id JOIN app_user u ON u.id = d.recorded_by
      WHERE ${where} ORDER BY s.sits_on, d.recorded_at`,
    params,
  );
}

type AllocationRow = Omit<PanelAllocationView, 'blockCostPence' | 'spotCostPence' | 'costPence' | 'overBudgetByPence'> & {
  blockCostPence: string;
  spotCostPence: string;
  costPence: string;
  overBudgetByPence: string;
};

/** Allocations (alias `a`), oldest first. */
export async function allocationViews(sql: Sql, where: string, params: unknown[]): Promise<PanelAllocationView[]> {
  const rows: AllocationRow[] = await sql.query(
    `SELECT a.id, a.case_id AS "caseId", a.decision_id AS "decisionId", a.entry_id AS "entryId", t.name AS intervention, p.name AS provider, e.unit,
            a.units_per_week AS "unitsPerWeek", a.weeks, a.units, a.start_on AS "startOn", a.financial_year AS "financialYear",
            a.block_units AS "blockUnits", a.spot_units AS "spotUnits", a.unit_cost_pence AS "unitCostPence", a.spot_price_pence AS "spotPricePence",
            a.block_cost_pence::text AS "blockCostPence", a.spot_cost_pence::text AS "spotCostPence", a.cost_pence::text AS "costPence",
            a.budget_override_reason AS "budgetOverrideReason", a.over_budget_by_pence::text AS "overBudgetByPence", a.status, a.next_review_on AS "nextReviewOn"
       FROM panel_allocation a JOIN panel_catalogue_entry e ON e.id = a.entry_id
       JOIN panel_intervention_type t ON t.id = e.type_id JOIN panel_provider p ON p.id = e.provider_id
      WHERE ${where} ORDER BY a.created_at, a.id`,
    params,
  );
  return rows.map((r) => ({
    ...r,
    blockCostPence: exact(r.blockCostPence),
    spotCostPence: exact(r.spotCostPence),
    costPence: exact(r.costPence),
    overBudgetByPence: exact(r.overBudgetByPence),
  }));
}

/** Actions (alias `x`, with the case `c`), by due date; `remindedAt` is the latest reminder for the current due date. */
export async function actionViews(sql: Sql, where: string, params: unknown[]): Promise<PanelActionView[]> {
  return sql.query(
    `SELECT x.id, x.case_id AS "caseId", c.given_name || ' ' || c.family_name AS "childName", x.description, x.owner, x.due_on AS "dueOn",
            x.done_at AS "doneAt", x.done_note AS "doneNote", x.version,
            (SELECT r.reminded_at FROM panel_action_reminder r WHERE r.action_id = x.id AND r.due_on = x.due_on) AS "remindedAt"
       FROM panel_action x JOIN panel_case c ON c.id = x.case_id
      WHERE ${where} ORDER BY x.due_on, x.created_at, x.id`,
    params,
  );
}

/** Outcome reviews (alias `r`, with the allocation `a` and the case `c`), by due date; `today` decides `overdue`. */
export async function reviewViews(sql: Sql, where: string, params: unknown[], today: string): Promise<OutcomeReviewView[]> {
  const at = params.length + 1;
  return sql.query(
    `SELECT r.id, r.allocation_id AS "allocationId", r.case_id AS "caseId", c.given_name || ' ' || c.family_name AS "childName",
            t.name AS intervention, p.name AS provider, r.due_on AS "dueOn", (r.outcome IS NULL AND r.due_on < $${at}::date) AS overdue,
            r.outcome, r.note, r.reviewed_on AS "reviewedOn", u.display_name AS "recordedBy", r.version
       FROM panel_outcome_review r JOIN panel_allocation a ON a.id = r.allocation_id JOIN panel_case c ON c.id = r.case_id
       JOIN panel_catalogue_entry e ON e.id = a.entry_id JOIN panel_intervention_type t ON t.id = e.type_id JOIN panel_provider p ON p.id = e.provider_id
       LEFT JOIN app_user u ON u.id = r.recorded_by
      WHERE ${where} ORDER BY r.due_on, c.family_name, r.id`,
    [...params, today],
  );
}
