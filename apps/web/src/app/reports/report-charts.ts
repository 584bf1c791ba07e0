import { PtlReport, PtlWeeksWaited } from '@camhs/contracts';
import { monthName } from './report-figures';

/** One series of bars, each bar opening the rows behind it. */
export interface ChartSeries {
  label: string;
  values: number[];
  /** The drill-down path of each bar. */
  figures: string[];
  colour: string;
}

/** What a bar chart draws (Chart.js does the drawing); its table alternative lists the same numbers. */
export interface ChartSpec {
  id: string;
  /** The chart's accessible name: what it shows and where the numbers are as a table. */
  summary: string;
  /** The id of the table with the same figures. */
  tableId: string;
  labels: string[];
  series: ChartSeries[];
  stacked: boolean;
  /** Axis title of the counts. */
  unit: string;
}

// NHS colours with enough contrast against white and against each other when stacked.
const BLUE = '#005eb8';
const DARK_PINK = '#7c2855';
const WARM_YELLOW = '#ffb81c';

export function referralsByMonthChart(r: PtlReport): ChartSpec {
  const months = r.referralsByMonth;
  return {
    id: 'referrals-by-month-chart',
    summary: `Bar chart of referrals received each month from ${monthName(r.period.from.slice(0, 7))} to ${monthName(r.period.to.slice(0, 7))}, routine and urgent stacked. The same figures are in the table "Referrals received by month".`,
    tableId: 'referrals-by-month-table',
    labels: months.map((m) => monthName(m.month)),
    series: [
      { label: 'Routine', values: months.map((m) => m.routine), figures: months.map((m) => `referralsByMonth.${m.month}.routine`), colour: BLUE },
      { label: 'Urgent', values: months.map((m) => m.urgent), figures: months.map((m) => `referralsByMonth.${m.month}.urgent`), colour: WARM_YELLOW },
    ],
    stacked: true,
    unit: 'Referrals',
  };
}

export function waitsByListChart(r: PtlReport): ChartSpec {
  const lists = r.waitingForTreatment.byList;
  return {
    id: 'waits-by-list-chart',
    summary: 'Bar chart of open waits for treatment on each waiting list, most waits first. The same figures are in the table "Waits for treatment by list".',
    tableId: 'waits-by-list-table',
    labels: lists.map((l) => l.list),
    series: [{ label: 'Waits', values: lists.map((l) => l.waits), figures: lists.map((l) => `waitingForTreatment.byList.${l.list}`), colour: BLUE }],
    stacked: false,
    unit: 'Waits',
  };
}

export function weeksWaitedChart(w: PtlWeeksWaited): ChartSpec {
  return {
    id: 'weeks-waited-chart',
    summary: 'Bar chart of open waits for treatment by weeks waited since added to the list: 0–4, 4–13, 13–18, 18–52 and 52 weeks or more. The same figures are in the table "Waits for treatment by weeks waited".',
    tableId: 'weeks-waited-table',
    labels: w.bands.map((b) => `${b.band.replace('-', '–')} weeks`),
    series: [{ label: 'Waits', values: w.bands.map((b) => b.waits), figures: w.bands.map((b) => `weeksWaited.${b.band}`), colour: DARK_PINK }],
    stacked: false,
    unit: 'Waits',
  };
}
