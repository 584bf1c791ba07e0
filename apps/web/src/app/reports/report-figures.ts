import { PtlFigureDefinition, PtlReport, PtlWeeksWaited, ptlFigureDefinition, ptlUnitWord } from '@camhs/contracts';

/** One number on the page: what it shows, what it opens and what a screen reader hears after it. */
export interface FigureNumber {
  text: string;
  /** Its path at the drill-down (the rows it counts, or the set a longest/average is taken over); null: not a number to open. */
  drill: string | null;
  /** Read after the number: `children waiting for access`. */
  context: string;
}

/** A labelled figure with its definition (a row of a summary list, or a headline tile). */
export interface FigureItem {
  id: string;
  label: string;
  number: FigureNumber;
  definition: PtlFigureDefinition;
}

/** A table of figures: a header cell per row, then numbers; the definitions of its counted columns go below it. */
export interface FigureTable {
  id: string;
  caption: string;
  headings: string[];
  rows: { header: string; cells: FigureNumber[] }[];
  definitions: PtlFigureDefinition[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2018-04` → `April 2018`. */
export function monthName(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${year}`;
}

/** The definition at a JSON path; every path used on the page has one (the contracts' unit test sees to it). */
export function definitionAt(path: string): PtlFigureDefinition {
  const definition = ptlFigureDefinition(path);
  if (!definition) throw new Error(`No definition for ${path}`);
  return definition;
}

/** A count: `2` opening `drill`, heard as `2 children waiting for access`. */
export function countNumber(value: number, drill: string | null, definition: PtlFigureDefinition, what = definition.label.toLowerCase()): FigureNumber {
  return { text: String(value), drill, context: `${ptlUnitWord(definition.unit, value)}: ${what}` };
}

/** A figure for a summary list, by its JSON path (and its drill path when it differs). */
function item(r: PtlReport, path: string, drill: string | null = path): FigureItem {
  const definition = definitionAt(path);
  const value = path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], r) as number;
  const number: FigureNumber =
    definition.unit === 'weeks'
      ? { text: path.endsWith('averageWeeks') ? value.toFixed(1) : String(value), drill, context: `${ptlUnitWord('weeks', value)}: ${definition.label.toLowerCase()}` }
      : countNumber(value, drill, definition);
  return { id: path.replace(/\./g, '-'), label: definition.label, number, definition };
}

export const accessOutcomeItems = (r: PtlReport) => ['accessOutcomes.accepted', 'accessOutcomes.redirected', 'accessOutcomes.returned'].map((p) => item(r, p));

/** Longest and average waits open the list of children they are taken over. */
export const waitingForAccessItems = (r: PtlReport) => [
  item(r, 'waitingForAccess.children'),
  item(r, 'waitingForAccess.routine'),
  item(r, 'waitingForAccess.urgent'),
  item(r, 'waitingForAccess.longestWeeks', 'waitingForAccess.children'),
  item(r, 'waitingForAccess.averageWeeks', 'waitingForAccess.children'),
  item(r, 'waitingForAccess.over13Weeks'),
];

export const inAssessmentItems = (r: PtlReport) => [
  item(r, 'inAssessment.children'),
  item(r, 'inAssessment.longestWeeks', 'inAssessment.children'),
  item(r, 'inAssessment.averageWeeks', 'inAssessment.children'),
];

export function waitingForTreatmentItems(r: PtlReport): FigureItem[] {
  const items = [
    'waitingForTreatment.children',
    'waitingForTreatment.waits',
    'waitingForTreatment.withFutureAppointment',
    'waitingForTreatment.withoutFutureAppointment',
    'waitingForTreatment.withoutFutureAppointmentSeenLast60Days',
  ].map((p) => item(r, p));
  const longest = r.waitingForTreatment.longestWithoutAppointment;
  const definition = definitionAt('waitingForTreatment.longestWithoutAppointment.weeks');
  items.push({
    id: 'waitingForTreatment-longestWithoutAppointment',
    label: definition.label,
    number: longest
      ? { text: `${longest.weeks}`, drill: 'waitingForTreatment.withoutFutureAppointment', context: `${ptlUnitWord('weeks', longest.weeks)} on the ${longest.list} list` }
      : { text: 'None', drill: null, context: 'every child waiting has a future appointment' },
    definition,
  });
  return items;
}

export const rttItems = (r: PtlReport) => [item(r, 'rtt.over13Weeks'), item(r, 'rtt.over18Weeks')];

export const dutyItems = (r: PtlReport) =>
  ['duty.rag.RED', 'duty.rag.AMBER', 'duty.rag.GREEN', 'duty.rag.unrated', 'duty.redWithoutLeadProfessional', 'duty.reviewsDue', 'duty.reviewsOverdue', 'duty.reviewsCompletedInLast14Days'].map(
    (p) => item(r, p),
  );

export const flowItems = (r: PtlReport) => [item(r, 'flow.acceptedLast14Days'), item(r, 'flow.dischargedLast14Days')];

export function referralsByMonthTable(r: PtlReport): FigureTable {
  const [routine, urgent] = [definitionAt('referralsByMonth[].routine'), definitionAt('referralsByMonth[].urgent')];
  return {
    id: 'referrals-by-month-table',
    caption: 'Referrals received by month',
    headings: ['Month', 'Routine', 'Urgent'],
    rows: r.referralsByMonth.map((m) => ({
      header: monthName(m.month),
      cells: [
        countNumber(m.routine, `referralsByMonth.${m.month}.routine`, routine, `routine, received in ${monthName(m.month)}`),
        countNumber(m.urgent, `referralsByMonth.${m.month}.urgent`, urgent, `urgent, received in ${monthName(m.month)}`),
      ],
    })),
    definitions: [routine, urgent],
  };
}

export function accessComplianceTable(r: PtlReport): FigureTable {
  const [pass, fail] = [definitionAt('accessCompliance[].pass'), definitionAt('accessCompliance[].fail')];
  return {
    id: 'access-compliance-table',
    caption: 'Access pathways completed, by month of completion and urgency',
    headings: ['Month and urgency', 'In time', 'Late'],
    rows: r.accessCompliance.map((c) => {
      const which = `${monthName(c.month)}, ${c.urgency}`;
      const path = `accessCompliance.${c.month}.${c.urgency}`;
      return { header: which, cells: [countNumber(c.pass, `${path}.pass`, pass, `completed in time, ${which}`), countNumber(c.fail, `${path}.fail`, fail, `completed late, ${which}`)] };
    }),
    definitions: [pass, fail],
  };
}

export function urgentCasesTable(r: PtlReport): FigureTable {
  const [weeks, appointment] = [definitionAt('waitingForAccess.urgentCases[].weeksWaiting'), definitionAt('waitingForAccess.urgentCases[].hasFutureAppointment')];
  return {
    id: 'urgent-cases-table',
    caption: 'Urgent referrals waiting for access',
    headings: ['Referral', 'Weeks waiting', 'Future appointment booked'],
    rows: r.waitingForAccess.urgentCases.map((u) => ({
      header: u.referralId,
      cells: [
        { text: String(u.weeksWaiting), drill: 'waitingForAccess.urgent', context: `${ptlUnitWord('weeks', u.weeksWaiting)} waiting, referral ${u.referralId}` },
        { text: u.hasFutureAppointment ? 'Yes' : 'No', drill: null, context: '' },
      ],
    })),
    definitions: [weeks, appointment],
  };
}

export function waitsByListTable(r: PtlReport): FigureTable {
  const definition = definitionAt('waitingForTreatment.byList[].waits');
  return {
    id: 'waits-by-list-table',
    caption: 'Waits for treatment by list',
    headings: ['List', 'Waits'],
    rows: r.waitingForTreatment.byList.map((l) => ({ header: l.list, cells: [countNumber(l.waits, `waitingForTreatment.byList.${l.list}`, definition, `on the ${l.list} list`)] })),
    definitions: [definition],
  };
}

export function weeksWaitedTable(w: PtlWeeksWaited): FigureTable {
  const definition = definitionAt('weeksWaited.bands[].waits');
  return {
    id: 'weeks-waited-table',
    caption: 'Waits for treatment by weeks waited',
    headings: ['Weeks waited', 'Waits'],
    rows: w.bands.map((b) => ({ header: bandLabel(b), cells: [countNumber(b.waits, `weeksWaited.${b.band}`, definition, `waited ${bandLabel(b)}`)] })),
    definitions: [definition],
  };
}

/** `13–18 weeks (13 to 17 whole weeks)`, `52+ weeks (52 whole weeks or more)`: a band and the whole weeks it holds. */
export function bandLabel(b: { band: string; fromWeeks: number; toWeeks: number | null }): string {
  const held = b.toWeeks === null ? `${b.fromWeeks} whole weeks or more` : `${b.fromWeeks} to ${b.toWeeks - 1} whole weeks`;
  return `${b.band.replace('-', '–')} weeks (${held})`;
}
