import { OUTCOME_CATEGORIES, PanelReport, PanelSpendRow } from '@camhs/contracts';
import { RISK_LABELS } from './panel-report-figures';

/** One series of bars. */
export interface PanelChartSeries {
  label: string;
  /** Counts, units, or whole pence when the chart is of money. */
  values: number[];
  colour: string;
}

/** What a bar chart draws (Chart.js does the drawing); the table `tableId` lists the same numbers. */
export interface PanelChartSpec {
  id: string;
  /** The chart's accessible name: what it shows and where the numbers are as a table. */
  summary: string;
  tableId: string;
  labels: string[];
  series: PanelChartSeries[];
  stacked: boolean;
  /** Bars along the horizontal (for long labels). */
  horizontal: boolean;
  /** Title of the value axis. */
  axis: string;
  /** Values are whole pence, drawn as pounds and labelled with pence. */
  money: boolean;
}

// NHS colours with enough contrast against white and against each other when stacked.
const BLUE = '#005eb8';
const DARK_PINK = '#7c2855';
const WARM_YELLOW = '#ffb81c';
const GREY = '#768692';
const GREEN = '#007f3b';

export function riskChart(r: PanelReport): PanelChartSpec {
  const risks = ['high', 'medium', 'low', 'notRecorded'] as const;
  return {
    id: 'risk-at-start-chart',
    summary: `Bar chart of the ${r.childrenConsidered} children considered by their risk of escalating to a statutory assessment at the start: high, medium, low, not recorded. The same figures are in the table below it.`,
    tableId: 'risk-at-start-table',
    labels: risks.map((k) => RISK_LABELS[k]),
    series: [{ label: 'Children', values: risks.map((k) => r.riskAtStart[k]), colour: DARK_PINK }],
    stacked: false,
    horizontal: false,
    axis: 'Children',
    money: false,
  };
}

function spendChart(rows: readonly PanelSpendRow[], id: string, tableId: string, by: string): PanelChartSpec {
  return {
    id,
    summary: `Bar chart of spend by ${by}, highest first, in pounds. The same figures, with allocations, children and units, are in the table below it.`,
    tableId,
    labels: rows.map((r) => r.label),
    series: [{ label: 'Spend', values: rows.map((r) => r.costPence), colour: BLUE }],
    stacked: false,
    horizontal: true,
    axis: 'Spend (£)',
    money: true,
  };
}

export const spendByInterventionChart = (r: PanelReport) => spendChart(r.byIntervention, 'spend-by-intervention-chart', 'spend-by-intervention-table', 'intervention');
export const spendByProviderChart = (r: PanelReport) => spendChart(r.byProvider, 'spend-by-provider-chart', 'spend-by-provider-table', 'provider');

/** Per catalogue entry: block used, block remaining and spot bought, stacked (the bar's length to the block's end is the contract). */
export function capacityChart(r: PanelReport): PanelChartSpec {
  const c = r.capacity;
  return {
    id: 'capacity-chart',
    summary:
      'Stacked bar chart of capacity for each intervention and provider: block units used, block units remaining, and units bought beyond the block (spot), in hours or place-weeks. The same figures are in the table below it.',
    tableId: 'capacity-table',
    labels: c.map((e) => `${e.intervention}, ${e.provider} (${e.unit === 'hours' ? 'hours' : 'place-weeks'})`),
    series: [
      { label: 'Block used', values: c.map((e) => e.blockUsed), colour: BLUE },
      { label: 'Block remaining', values: c.map((e) => e.blockRemaining), colour: GREY },
      { label: 'Spot bought', values: c.map((e) => e.spotUnits), colour: WARM_YELLOW },
    ],
    stacked: true,
    horizontal: true,
    axis: 'Units (hours or place-weeks)',
    money: false,
  };
}

export function outcomesChart(r: PanelReport): PanelChartSpec {
  const o = r.outcomes;
  return {
    id: 'outcomes-chart',
    summary: `Bar chart of the ${o.children} children allocated an intervention by their latest outcome review, and those awaiting review. The same figures are in the table below it.`,
    tableId: 'outcomes-table',
    labels: [...OUTCOME_CATEGORIES.map((c) => c.label), 'Awaiting review'],
    series: [{ label: 'Children', values: [...OUTCOME_CATEGORIES.map((c) => o.byCategory[c.id]), o.awaitingReview], colour: GREEN }],
    stacked: false,
    horizontal: true,
    axis: 'Children',
    money: false,
  };
}
