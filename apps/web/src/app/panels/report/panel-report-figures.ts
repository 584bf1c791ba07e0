import { OUTCOME_CATEGORIES, PanelReport, PanelSpendRow, unitWords } from '@camhs/contracts';
import { CHILDREN, HOURS, PLACE_WEEKS, countText, noteFor, pounds, shareText } from './panel-report-format';

/** A figure of the summary: its label, the number in words, and the note saying how it is counted. */
export interface PanelFigure {
  id: string;
  label: string;
  value: string;
  /** More detail under the number (e.g. block and spot), or null. */
  detail: string | null;
  note: string | null;
}

/** A table of the report (also the accessible alternative of a chart): a header cell per row, then text cells. */
export interface PanelTable {
  id: string;
  caption: string;
  headings: string[];
  /** Per cell column (after the row header): right-aligned numbers or left-aligned words. */
  numeric: boolean[];
  rows: { header: string; cells: string[] }[];
  /** A totals row, or null. */
  footer: { header: string; cells: string[] } | null;
}

export const RISK_LABELS = { high: 'High', medium: 'Medium', low: 'Low', notRecorded: 'Not recorded' } as const;
const RISKS = ['high', 'medium', 'low', 'notRecorded'] as const;

/** The figures at the top of the report, each with its note. */
export function summaryFigures(r: PanelReport): PanelFigure[] {
  const a = r.allocations;
  const note = (label: string) => noteFor(r.notes, label);
  return [
    { id: 'figure-children-considered', label: 'Children considered', value: countText(r.childrenConsidered, CHILDREN), detail: null, note: note('Children considered') },
    {
      id: 'figure-high-risk-share',
      label: 'At high risk of escalating to a statutory assessment at the start',
      value: shareText(r.highRiskShare.children, r.highRiskShare.of, CHILDREN, r.highRiskShare.percent),
      detail: null,
      note: note('Risk at the start'),
    },
    {
      id: 'figure-allocations',
      label: 'Interventions allocated',
      value: `${countText(a.count, { one: 'allocation', many: 'allocations' })} for ${countText(a.children, CHILDREN)}`,
      detail: `${a.blockUnits} block units and ${a.spotUnits} spot units (hours or place-weeks, as each intervention is counted)`,
      note: note('Allocations and spend'),
    },
    {
      id: 'figure-spend',
      label: 'Spend',
      value: pounds(a.costPence),
      detail: `Block ${pounds(a.blockCostPence)}; spot ${pounds(a.spotCostPence)}`,
      note: note('Allocations and spend'),
    },
    {
      id: 'figure-budget',
      label: 'Budget',
      value: budgetText(r),
      detail: a.overBudget > 0 ? `${countText(a.overBudget, { one: 'allocation was', many: 'allocations were' })} recorded over budget, each with a reason` : null,
      note: note('Budget'),
    },
    {
      id: 'figure-cost-avoided',
      label: 'Estimated cost avoided',
      value: pounds(r.costAvoided.totalPence),
      detail: `For ${countText(r.costAvoided.children, CHILDREN)} at high risk at the start`,
      note: null, // the method is stated in full in its own section
    },
  ];
}

/** `£2,000.00: £1,840.00 committed, £160.00 remaining`; over budget, `over by …`; no budget, says so. */
export function budgetText(r: PanelReport): string {
  const { amountPence, committedPence, remainingPence } = r.budget;
  if (amountPence === null || remainingPence === null) return `No budget set for ${r.financialYear} (${pounds(committedPence)} committed)`;
  const left = remainingPence < 0 ? `over by ${pounds(-remainingPence)}` : `${pounds(remainingPence)} remaining`;
  return `${pounds(amountPence)}: ${pounds(committedPence)} committed, ${left}`;
}

export function riskTable(r: PanelReport): PanelTable {
  return {
    id: 'risk-at-start-table',
    caption: 'Children considered by their risk of escalating to a statutory assessment at the start',
    headings: ['Risk at the start', 'Children', 'Share of children considered'],
    numeric: [true, true],
    rows: RISKS.map((risk) => ({ header: RISK_LABELS[risk], cells: [String(r.riskAtStart[risk]), shareText(r.riskAtStart[risk], r.childrenConsidered, CHILDREN)] })),
    footer: { header: 'Children considered', cells: [String(r.childrenConsidered), ''] },
  };
}

function spendTable(r: PanelReport, rows: readonly PanelSpendRow[], id: string, caption: string, by: string): PanelTable {
  const a = r.allocations;
  return {
    id,
    caption,
    headings: [by, 'Allocations', 'Children', 'Block units', 'Spot units', 'Cost'],
    numeric: [true, true, true, true, true],
    rows: rows.map((row) => ({ header: row.label, cells: [String(row.allocations), String(row.children), String(row.blockUnits), String(row.spotUnits), pounds(row.costPence)] })),
    // A child with two interventions counts once in the total, so the children column need not add up.
    footer: rows.length ? { header: 'All allocations', cells: [String(a.count), String(a.children), String(a.blockUnits), String(a.spotUnits), pounds(a.costPence)] } : null,
  };
}

export const spendByInterventionTable = (r: PanelReport) =>
  spendTable(r, r.byIntervention, 'spend-by-intervention-table', 'Allocations and spend by intervention, highest spend first', 'Intervention');
export const spendByProviderTable = (r: PanelReport) => spendTable(r, r.byProvider, 'spend-by-provider-table', 'Allocations and spend by provider, highest spend first', 'Provider');

export function capacityTable(r: PanelReport): PanelTable {
  return {
    id: 'capacity-table',
    caption: 'Capacity used: each intervention’s block contract for the year, and units bought beyond it (spot)',
    headings: ['Intervention', 'Provider', 'Block contract a year', 'Block used', 'Block remaining', 'Spot bought', 'Spot cost'],
    numeric: [false, true, true, true, true, true],
    rows: r.capacity.map((c) => ({
      header: c.intervention,
      cells: [
        c.provider,
        unitWords(c.unit, c.blockUnitsPerYear),
        shareText(c.blockUsed, c.blockUnitsPerYear, c.unit === 'hours' ? HOURS : PLACE_WEEKS),
        unitWords(c.unit, c.blockRemaining),
        unitWords(c.unit, c.spotUnits),
        pounds(c.spotCostPence),
      ],
    })),
    footer: null,
  };
}

export function outcomesTable(r: PanelReport): PanelTable {
  const o = r.outcomes;
  return {
    id: 'outcomes-table',
    caption: 'Children allocated an intervention, by their latest outcome review',
    headings: ['Latest outcome', 'Children', 'Share of children allocated'],
    numeric: [true, true],
    rows: [
      ...OUTCOME_CATEGORIES.map((c) => ({ header: c.label, cells: [String(o.byCategory[c.id]), shareText(o.byCategory[c.id], o.children, CHILDREN)] })),
      { header: 'Awaiting review', cells: [String(o.awaitingReview), shareText(o.awaitingReview, o.children, CHILDREN)] },
    ],
    footer: { header: 'Children allocated', cells: [String(o.children), ''] },
  };
}

export function costAvoidedTable(r: PanelReport): PanelTable {
  const c = r.costAvoided;
  const s = c.settings;
  return {
    id: 'cost-avoided-table',
    caption: 'Estimated cost avoided, by the support hours a week each child would have needed with a plan',
    headings: ['Hours a week', 'Worked out as', 'Children', 'Each child', 'Total'],
    numeric: [false, true, true, true],
    rows: c.groups.map((g) => ({
      header: `${g.hoursPerWeek} hours`,
      cells: [`${g.hoursPerWeek} × ${pounds(s.hourlyCostPence)} × ${s.weeksPerYear} weeks, less ${pounds(s.schoolsFundFirstPence)}`, String(g.children), pounds(g.perChildPence), pounds(g.totalPence)],
    })),
    footer: { header: 'All', cells: ['', String(c.children), '', pounds(c.totalPence)] },
  };
}

/** `£12,603.10 for 2 children at high risk at the start`. */
export function costAvoidedHeadline(r: PanelReport): string {
  return `${pounds(r.costAvoided.totalPence)} for ${countText(r.costAvoided.children, CHILDREN)} at high risk at the start`;
}

/** What the estimate leaves out, in words (empty when nothing is left out). */
export function costAvoidedExclusions(r: PanelReport): string[] {
  const c = r.costAvoided;
  return [
    ...(c.highRiskWithoutPrediction > 0
      ? [`${countText(c.highRiskWithoutPrediction, CHILDREN)} at high risk at the start with no predicted hours of support ${c.highRiskWithoutPrediction === 1 ? 'is' : 'are'} not in the estimate.`]
      : []),
    ...(c.leftOutMayProgress > 0
      ? [`${countText(c.leftOutMayProgress, CHILDREN)} whose latest outcome is “may progress to a statutory plan” ${c.leftOutMayProgress === 1 ? 'is' : 'are'} left out: that cost may yet fall due.`]
      : []),
  ];
}

/** The figures the estimate uses, in words: `£11.26 an hour, 38 school weeks a year, less the first £6,000.00 that schools fund`. */
export function costAvoidedSettingsText(r: PanelReport): string {
  const s = r.costAvoided.settings;
  return `${pounds(s.hourlyCostPence)} an hour, ${s.weeksPerYear} school weeks a year, less the first ${pounds(s.schoolsFundFirstPence)} that schools already fund`;
}
