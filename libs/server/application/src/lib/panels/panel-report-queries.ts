import type { PanelReport, PanelReportFormat, PanelSpendRow } from '@camhs/contracts';
import { Clock, ESCALATION_RISK_LEVELS, OUTCOME_CATEGORIES, OutcomeCategory, costAvoidanceMethod, estimateCostAvoided, financialYearBounds, financialYearOf, formatPounds, today } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Sql, recordAudit } from '../audit/audit-log';
import { CLOCK } from '../common/clock.provider';
import type { Actor } from '../identity/actor';
import { catalogueEntries, panelSettings } from './panel-catalogue';
import { PanelRow, exact, reportablePanel } from './panel-frame';
import { panelReportFile } from './panel-report-files';
import { panelBudgets } from './panel-views';

/** Children whose case the panel decided on at a sitting in the year: each once, with the case first decided. */
const CONSIDERED = `
  SELECT DISTINCT ON (c.child_id) c.child_id, c.risk_at_start, c.predicted_hours_at_start::text AS predicted
    FROM panel_decision d JOIN panel_sitting s ON s.id = d.sitting_id JOIN panel_case c ON c.id = d.case_id
   WHERE s.panel_id = $1 AND s.sits_on BETWEEN $2::date AND $3::date
   ORDER BY c.child_id, s.sits_on, d.recorded_at`;

/** Each child's latest recorded outcome at this panel. */
const LATEST_OUTCOME = `
  SELECT DISTINCT ON (c.child_id) c.child_id, r.outcome
    FROM panel_outcome_review r JOIN panel_case c ON c.id = r.case_id
   WHERE c.panel_id = $1 AND r.outcome IS NOT NULL
   ORDER BY c.child_id, r.reviewed_on DESC, r.recorded_at DESC`;

interface ChildRow {
  child_id: string;
  risk_at_start: 'high' | 'medium' | 'low' | null;
  predicted: string | null;
  outcome: OutcomeCategory | null;
  allocated: boolean;
}

/**
 * The panel's report for a financial year, computed in SQL from the records (see the contract and
 * the report's own notes for how each figure is counted). Read by its coordinators and by managers
 * whose areas the panel covers; the report names no child, and reading it is audited.
 */
@Injectable()
export class PanelReports {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async build(panelId: string, financialYear: string | undefined, actor: Actor): Promise<PanelReport> {
    const panel = await reportablePanel(this.db, actor, panelId);
    const report = await panelReport(this.db, panel, financialYear ?? financialYearOf(today(this.clock)));
    await recordAudit(this.db, actor, { action: 'read', entityType: 'panel-report', entityId: panelId, outcome: 'success' });
    return report;
  }

  /** The report as CSV, XLSX or PDF (the same figures and notes), audited as an export. */
  async export(panelId: string, financialYear: string | undefined, format: PanelReportFormat, actor: Actor): Promise<{ content: Buffer; contentType: string; fileName: string }> {
    const panel = await reportablePanel(this.db, actor, panelId);
    const report = await panelReport(this.db, panel, financialYear ?? financialYearOf(today(this.clock)));
    const file = await panelReportFile(format, report, this.clock.now());
    await recordAudit(this.db, actor, { action: 'export', entityType: 'panel-report', entityId: panelId, outcome: 'success' });
    return file;
  }
}

export async function panelReport(sql: Sql, panel: PanelRow, financialYear: string): Promise<PanelReport> {
  const { from, to } = financialYearBounds(financialYear);
  const [team] = await sql.query(`SELECT code FROM team WHERE id = $1`, [panel.teamId]);
  const children: ChildRow[] = await sql.query(
    `SELECT k.child_id, k.risk_at_start, k.predicted, o.outcome,
            EXISTS (SELECT 1 FROM panel_allocation a JOIN panel_case c ON c.id = a.case_id WHERE a.panel_id = $1 AND c.child_id = k.child_id) AS allocated
       FROM (${CONSIDERED}) k LEFT JOIN (${LATEST_OUTCOME}) o ON o.child_id = k.child_id`,
    [panel.id, from, to],
  );
  const spend = (groupKey: string, label: string) => spendRows(sql, panel.id, financialYear, groupKey, label);
  const [totals] = await sql.query(
    `SELECT count(*)::int AS count, count(DISTINCT c.child_id)::int AS children, coalesce(sum(a.block_units), 0)::int AS "blockUnits",
            coalesce(sum(a.spot_units), 0)::int AS "spotUnits", coalesce(sum(a.block_cost_pence), 0)::text AS block, coalesce(sum(a.spot_cost_pence), 0)::text AS spot,
            coalesce(sum(a.cost_pence), 0)::text AS cost, count(*) FILTER (WHERE a.over_budget_by_pence > 0)::int AS "overBudget"
       FROM panel_allocation a JOIN panel_case c ON c.id = a.case_id WHERE a.panel_id = $1 AND a.financial_year = $2`,
    [panel.id, financialYear],
  );
  const high = children.filter((c) => c.risk_at_start === 'high');
  const settings = await panelSettings(sql);
  const counted = high.filter((c) => c.predicted !== null && c.outcome !== 'extra-support-may-progress');
  const estimate = estimateCostAvoided(counted.map((c) => ({ hoursPerWeek: Number(c.predicted) })), settings);
  const allocatedChildren = children.filter((c) => c.allocated);
  const [budget] = await panelBudgets(sql, panel.id, financialYear);
  const [committed] = await sql.query(`SELECT coalesce(sum(cost_pence), 0)::text AS total FROM panel_allocation WHERE panel_id = $1 AND financial_year = $2`, [panel.id, financialYear]);
  const entries = (await catalogueEntries(sql, financialYear)).filter((e) => e.active || e.usage.blockUsed > 0 || e.usage.spotUnits > 0);
  const report: PanelReport = {
    panel: { id: panel.id, name: panel.name, team: team.code },
    financialYear,
    period: { from, to },
    childrenConsidered: children.length,
    riskAtStart: {
      ...(Object.fromEntries(ESCALATION_RISK_LEVELS.map((l) => [l, children.filter((c) => c.risk_at_start === l).length])) as Record<'high' | 'medium' | 'low', number>),
      notRecorded: children.filter((c) => c.risk_at_start === null).length,
    },
    highRiskShare: { children: high.length, of: children.length, percent: children.length ? Math.round((high.length * 1000) / children.length) / 10 : null },
    allocations: {
      count: totals.count,
      children: totals.children,
      blockUnits: totals.blockUnits,
      spotUnits: totals.spotUnits,
      blockCostPence: exact(totals.block),
      spotCostPence: exact(totals.spot),
      costPence: exact(totals.cost),
      overBudget: totals.overBudget,
    },
    byIntervention: await spend('t.code', 't.name'),
    byProvider: await spend('p.id::text', 'p.name'),
    capacity: entries.map((e) => ({
      entryId: e.id,
      intervention: e.type.name,
      provider: e.provider.name,
      unit: e.unit,
      blockUnitsPerYear: e.blockUnitsPerYear,
      blockUsed: e.usage.blockUsed,
      blockRemaining: e.usage.blockRemaining,
      spotUnits: e.usage.spotUnits,
      spotCostPence: e.usage.spotCostPence,
    })),
    budget: { amountPence: budget?.amountPence ?? null, committedPence: exact(committed.total), remainingPence: budget ? budget.remainingPence : null },
    outcomes: {
      children: allocatedChildren.length,
      awaitingReview: allocatedChildren.filter((c) => c.outcome === null).length,
      byCategory: Object.fromEntries(OUTCOME_CATEGORIES.map((o) => [o.id, allocatedChildren.filter((c) => c.outcome === o.id).length])) as Record<OutcomeCategory, number>,
    },
    costAvoided: {
      children: estimate.children,
      groups: estimate.groups,
      totalPence: estimate.totalPence,
      highRiskWithoutPrediction: high.filter((c) => c.predicted === null).length,
      leftOutMayProgress: high.filter((c) => c.predicted !== null && c.outcome === 'extra-support-may-progress').length,
      settings: { hourlyCostPence: settings.hourlyCostPence, weeksPerYear: settings.weeksPerYear, schoolsFundFirstPence: settings.schoolsFundFirstPence },
      method: costAvoidanceMethod(settings),
    },
    notes: [],
  };
  report.notes = panelReportNotes(report);
  return report;
}

async function spendRows(sql: Sql, panelId: string, financialYear: string, key: string, label: string): Promise<PanelSpendRow[]> {
  const rows: (Omit<PanelSpendRow, 'costPence'> & { cost: string })[] = await sql.query(
    `SELECT ${key} AS key, ${label} AS label, count(*)::int AS allocations, count(DISTINCT c.child_id)::int AS children,
            sum(a.block_units)::int AS "blockUnits", sum(a.spot_units)::int AS "spotUnits", sum(a.cost_pence)::text AS cost
       FROM panel_allocation a JOIN panel_case c ON c.id = a.case_id JOIN panel_catalogue_entry e ON e.id = a.entry_id
       JOIN panel_intervention_type t ON t.id = e.type_id JOIN panel_provider p ON p.id = e.provider_id
      WHERE a.panel_id = $1 AND a.financial_year = $2 GROUP BY ${key}, ${label} ORDER BY sum(a.cost_pence) DESC, ${label}`,
    [panelId, financialYear],
  );
  return rows.map(({ cost, ...r }) => ({ ...r, costPence: exact(cost) }));
}

/** How every figure is counted, with the year's dates and the cost-avoidance figures in force. */
export function panelReportNotes(r: PanelReport): string[] {
  const source = estimateCostAvoided([...Array(38).fill({ hoursPerWeek: 32.5 }), ...Array(12).fill({ hoursPerWeek: 25 })], r.costAvoided.settings).totalPence;
  return [
    `Financial year ${r.financialYear}: ${r.period.from} to ${r.period.to}.`,
    'Children considered: distinct children whose case the panel decided on (allocated, not allocated or deferred) at a sitting in the year; a child with two cases counts once.',
    'Risk at the start: the coordinator’s pre-panel risk of the child escalating to a statutory (EHC needs) assessment, as it stood when the panel first decided on the case. The high-risk share is high ÷ children considered.',
    'Allocations and spend: allocations starting in the year (an allocation counts in the financial year it starts), at the prices recorded when they were made: block units at the unit cost, spot units at the spot price.',
    'Capacity: each entry’s block units a year as configured now, against the block units allocated in the year by every panel (the contracts are the council’s); spot units are those bought beyond the block.',
    'Budget: the panel’s budget for the year against the cost of its allocations starting in the year; allocations over budget were each recorded with a reason.',
    'Outcomes: children considered in the year who have an allocation, by their latest recorded outcome review; those not yet reviewed are awaiting review.',
    `Estimated cost avoided: ${r.costAvoided.method} Children whose latest outcome is “extra support required — may progress to a statutory plan” are left out (that cost may yet fall due), as are high-risk children with no predicted hours.`,
    `Check on the method: the source’s own group (38 children at 32.5 hours and 12 at 25) gives ${formatPounds(source)} with these figures; the source prints £350,978 without showing its working.`,
  ];
}
