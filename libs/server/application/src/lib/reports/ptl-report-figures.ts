import { PtlFigureDefinition, PtlReport, PtlWeeksWaited, ptlFigureDefinition } from '@camhs/contracts';

/** One figure of the report, flattened for the XLSX and PDF exports, with its definition. */
export interface ReportFigure {
  /** Where it belongs, e.g. `Waiting for access`. */
  section: string;
  /** The figure's path: for counts the path it is opened with (`referralsByMonth.2018-04.routine`). */
  path: string;
  /** Its label, with the month, list or band for figures of a list (`Routine referrals received: April 2018`). */
  label: string;
  value: number | string | boolean | null;
  definition: PtlFigureDefinition;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2018-04` → `April 2018`. */
export function monthName(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS[Number(m) - 1]} ${year}`;
}

/** `2019-01-31` → `31 January 2019`, read as written (no time zones). */
export function longDate(date: string): string {
  const [year, m, day] = date.split('-');
  return `${Number(day)} ${MONTHS[Number(m) - 1]} ${year}`;
}

/**
 * Every figure of the report (and of the weeks-waited distribution, when given), in the contract's
 * order. Lists give one figure per element and field: a month's routine and urgent counts, a list's waits.
 */
export function ptlReportFigures(r: PtlReport, weeksWaited?: PtlWeeksWaited): ReportFigure[] {
  const figures: ReportFigure[] = [];
  const add = (section: string, definitionPath: string, path: string, value: ReportFigure['value'], qualifier?: string) => {
    const definition = ptlFigureDefinition(definitionPath);
    if (!definition) throw new Error(`No definition for the figure ${definitionPath}`);
    figures.push({ section, path, label: qualifier ? `${definition.label}: ${qualifier}` : definition.label, value, definition });
  };
  const scalars = (section: string, prefix: string, block: Record<string, number>) => {
    for (const [key, value] of Object.entries(block)) add(section, `${prefix}.${key}`, `${prefix}.${key}`, value);
  };

  for (const m of r.referralsByMonth) {
    add('Referrals received', 'referralsByMonth[].routine', `referralsByMonth.${m.month}.routine`, m.routine, monthName(m.month));
    add('Referrals received', 'referralsByMonth[].urgent', `referralsByMonth.${m.month}.urgent`, m.urgent, monthName(m.month));
  }
  for (const c of r.accessCompliance) {
    const which = `${monthName(c.month)}, ${c.urgency}`;
    add('Access compliance', 'accessCompliance[].pass', `accessCompliance.${c.month}.${c.urgency}.pass`, c.pass, which);
    add('Access compliance', 'accessCompliance[].fail', `accessCompliance.${c.month}.${c.urgency}.fail`, c.fail, which);
  }
  scalars('Access outcomes', 'accessOutcomes', r.accessOutcomes);
  const { urgentCases, ...waitingForAccess } = r.waitingForAccess;
  scalars('Waiting for access', 'waitingForAccess', waitingForAccess);
  for (const u of urgentCases) {
    add('Waiting for access', 'waitingForAccess.urgentCases[].weeksWaiting', `waitingForAccess.urgentCases.${u.referralId}.weeksWaiting`, u.weeksWaiting, u.referralId);
    add('Waiting for access', 'waitingForAccess.urgentCases[].hasFutureAppointment', `waitingForAccess.urgentCases.${u.referralId}.hasFutureAppointment`, u.hasFutureAppointment, u.referralId);
  }
  scalars('In assessment', 'inAssessment', r.inAssessment);
  const { byList, longestWithoutAppointment: longest, ...waitingForTreatment } = r.waitingForTreatment;
  scalars('Waiting for treatment', 'waitingForTreatment', waitingForTreatment);
  for (const l of byList) add('Waiting for treatment', 'waitingForTreatment.byList[].waits', `waitingForTreatment.byList.${l.list}`, l.waits, l.list);
  for (const key of ['weeks', 'list', 'waitId'] as const) {
    add('Waiting for treatment', `waitingForTreatment.longestWithoutAppointment.${key}`, `waitingForTreatment.longestWithoutAppointment.${key}`, longest?.[key] ?? null);
  }
  if (weeksWaited) {
    for (const b of weeksWaited.bands) add('Waiting for treatment', 'weeksWaited.bands[].waits', `weeksWaited.${b.band}`, b.waits, `${b.band} weeks`);
  }
  scalars('Referral to treatment', 'rtt', r.rtt);
  const { rag, ...duty } = r.duty;
  scalars('Duty', 'duty.rag', rag);
  scalars('Duty', 'duty', duty);
  scalars('Flow', 'flow', r.flow);
  const { asOf: previousAsOf, ...previous } = r.previous;
  add('Previous report', 'previous.asOf', 'previous.asOf', previousAsOf);
  scalars('Previous report', 'previous', previous);
  return figures;
}
