import { WEEKS_WAITED_BANDS } from './ptl-report';

/** What a figure counts or measures. */
export type PtlFigureUnit = 'children' | 'referrals' | 'access pathways' | 'waits' | 'reviews' | 'weeks' | 'date' | 'list' | 'wait id' | 'yes or no';

/**
 * How one figure of the bi-weekly report is counted, in the words of spec/ptl-report.md (and the
 * derived states of spec/ptl-extract.md it relies on). Shown next to the figure on the Reports
 * page and in the XLSX and PDF exports.
 */
export interface PtlFigureDefinition {
  /** The figure's place in the JSON (PtlReport, or PtlWeeksWaited for `weeksWaited`), `[]` for each element of a list. */
  path: string;
  /** Its path at GET /api/reports/ptl/drill, with `{month}`, `{urgency}`, `{list}`, `{band}` for the parts that vary; absent when it cannot be opened. */
  drill?: string;
  label: string;
  unit: PtlFigureUnit;
  /** Who or what is included, in plain words. */
  counted: string;
}

// Shared phrases, so every figure over the same set says exactly the same thing (spec/ptl-extract.md, "Derived state").
const ON = 'on the report date (as it stood at the end of that day)';
const PERIOD = 'in the period (the financial year to date: from 1 April of the financial year that contains the report date, up to and including the report date)';
const WAITING_FOR_ACCESS = 'received on or before the report date, with no access completed and no discharge on or before it; the wait starts on the date received';
const IN_ASSESSMENT = 'access completed with the outcome "accepted" on or before the report date, and assessment neither completed nor the referral discharged on or before it; the wait starts on the date access was completed';
const OPEN_WAITS = `Open waits ${ON}: added to a waiting list on or before that date, and neither started (treatment began) nor removed on or before it. A wait starts on the date it was added to the list.`;
const WAITING_FOR_TREATMENT = `Children waiting for treatment ${ON}: children with at least one open wait (added to a list on or before that date, neither started nor removed on or before it).`;
const FUTURE_APPOINTMENT = 'future booked appointment (status "booked", dated after the report date)';
const DAYS = 'Days waited = report date minus start date.';
const LONGEST = `The longest wait, in whole weeks (days waited divided by 7, rounded down); 0 when there are none. ${DAYS}`;
const AVERAGE = `The mean of days waited divided by 7, rounded to 1 decimal place; 0 when there are none. ${DAYS}`;
const RATED = `Children waiting for treatment ${ON}, by their current RAG rating: the latest rating set on or before that date on any of their referrals.`;
const REVIEW_SCHEDULE =
  'A rated child waiting for treatment is next due a duty review one interval after their latest attended duty review on or before the report date (or after the date their rating was set, when there is none): RED 14 days unless the lead professional has set another interval (7 to 31 days), AMBER 91 days, GREEN 182 days.';
const LAST_14_DAYS = 'in the 14 days up to and including the report date';

/** Every figure of the report and of the weeks-waited distribution, in the contract's order. */
export const PTL_FIGURE_DEFINITIONS: readonly PtlFigureDefinition[] = [
  {
    path: 'referralsByMonth[].routine',
    drill: 'referralsByMonth.{month}.routine',
    label: 'Routine referrals received',
    unit: 'referrals',
    counted: `Referrals with urgency "routine" received in that month, for every month ${PERIOD}; a month with none shows 0.`,
  },
  {
    path: 'referralsByMonth[].urgent',
    drill: 'referralsByMonth.{month}.urgent',
    label: 'Urgent referrals received',
    unit: 'referrals',
    counted: `Referrals with urgency "urgent" received in that month, for every month ${PERIOD}; a month with none shows 0.`,
  },
  {
    path: 'accessCompliance[].pass',
    drill: 'accessCompliance.{month}.{urgency}.pass',
    label: 'Access pathways completed in time',
    unit: 'access pathways',
    counted: `Access pathways completed ${PERIOD}, by month of completion and urgency, that were completed within 28 days (urgent) or 91 days (routine) of the date received.`,
  },
  {
    path: 'accessCompliance[].fail',
    drill: 'accessCompliance.{month}.{urgency}.fail',
    label: 'Access pathways completed late',
    unit: 'access pathways',
    counted: `Access pathways completed ${PERIOD}, by month of completion and urgency, that took more than 28 days (urgent) or 91 days (routine) from the date received.`,
  },
  {
    path: 'accessOutcomes.accepted',
    drill: 'accessOutcomes.accepted',
    label: 'Accepted at access',
    unit: 'referrals',
    counted: `Access decisions made ${PERIOD} with the outcome "accepted" (the referral goes on to assessment).`,
  },
  {
    path: 'accessOutcomes.redirected',
    drill: 'accessOutcomes.redirected',
    label: 'Redirected at access',
    unit: 'referrals',
    counted: `Access decisions made ${PERIOD} with the outcome "redirected" (to another agency).`,
  },
  {
    path: 'accessOutcomes.returned',
    drill: 'accessOutcomes.returned',
    label: 'Returned at access',
    unit: 'referrals',
    counted: `Access decisions made ${PERIOD} with the outcome "returned" (to the referrer).`,
  },
  {
    path: 'waitingForAccess.children',
    drill: 'waitingForAccess.children',
    label: 'Children waiting for access',
    unit: 'children',
    counted: `Children with a referral waiting for access ${ON}: ${WAITING_FOR_ACCESS}. Each child is counted once, however many referrals they have waiting.`,
  },
  {
    path: 'waitingForAccess.routine',
    drill: 'waitingForAccess.routine',
    label: 'Children waiting for access: routine',
    unit: 'children',
    counted: `Children with a routine referral waiting for access ${ON}: ${WAITING_FOR_ACCESS}.`,
  },
  {
    path: 'waitingForAccess.urgent',
    drill: 'waitingForAccess.urgent',
    label: 'Children waiting for access: urgent',
    unit: 'children',
    counted: `Children with an urgent referral waiting for access ${ON}: ${WAITING_FOR_ACCESS}.`,
  },
  { path: 'waitingForAccess.longestWeeks', label: 'Longest wait for access', unit: 'weeks', counted: `${LONGEST} Over the referrals waiting for access: ${WAITING_FOR_ACCESS}.` },
  { path: 'waitingForAccess.averageWeeks', label: 'Average wait for access', unit: 'weeks', counted: `${AVERAGE} Over the referrals waiting for access: ${WAITING_FOR_ACCESS}.` },
  {
    path: 'waitingForAccess.over13Weeks',
    drill: 'waitingForAccess.over13Weeks',
    label: 'Waiting for access over 13 weeks',
    unit: 'referrals',
    counted: `Referrals waiting for access ${ON} that have waited more than 91 days since received: ${WAITING_FOR_ACCESS}.`,
  },
  {
    path: 'waitingForAccess.urgentCases[].weeksWaiting',
    label: 'Urgent case: weeks waiting',
    unit: 'weeks',
    counted: `Each urgent referral waiting for access ${ON} (${WAITING_FOR_ACCESS}), with its wait in whole weeks (days divided by 7, rounded down), longest first.`,
  },
  {
    path: 'waitingForAccess.urgentCases[].hasFutureAppointment',
    label: 'Urgent case: has an appointment',
    unit: 'yes or no',
    counted: `Whether the urgent referral has a ${FUTURE_APPOINTMENT}.`,
  },
  {
    path: 'inAssessment.children',
    drill: 'inAssessment.children',
    label: 'Children in assessment',
    unit: 'children',
    counted: `Children with a referral in assessment ${ON}: ${IN_ASSESSMENT}. Each child is counted once.`,
  },
  { path: 'inAssessment.longestWeeks', label: 'Longest wait in assessment', unit: 'weeks', counted: `${LONGEST} Over the referrals in assessment: ${IN_ASSESSMENT}.` },
  { path: 'inAssessment.averageWeeks', label: 'Average wait in assessment', unit: 'weeks', counted: `${AVERAGE} Over the referrals in assessment: ${IN_ASSESSMENT}.` },
  {
    path: 'waitingForTreatment.children',
    drill: 'waitingForTreatment.children',
    label: 'Children waiting for treatment',
    unit: 'children',
    counted: `${WAITING_FOR_TREATMENT} A child waiting on several lists is counted once, and may be in treatment on another list at the same time.`,
  },
  {
    path: 'waitingForTreatment.waits',
    drill: 'waitingForTreatment.waits',
    label: 'Waits for treatment',
    unit: 'waits',
    counted: `${OPEN_WAITS} Every open wait is counted, so a child waiting on two lists counts twice.`,
  },
  {
    path: 'waitingForTreatment.byList[].waits',
    drill: 'waitingForTreatment.byList.{list}',
    label: 'Waits for treatment on the list',
    unit: 'waits',
    counted: `${OPEN_WAITS} Counted per waiting list; every list with at least one open wait is shown, most waits first.`,
  },
  {
    path: 'waitingForTreatment.withFutureAppointment',
    drill: 'waitingForTreatment.withFutureAppointment',
    label: 'Waiting for treatment with a future appointment',
    unit: 'children',
    counted: `Children waiting for treatment who have a ${FUTURE_APPOINTMENT}, on any of their referrals. ${WAITING_FOR_TREATMENT}`,
  },
  {
    path: 'waitingForTreatment.withoutFutureAppointment',
    drill: 'waitingForTreatment.withoutFutureAppointment',
    label: 'Waiting for treatment without a future appointment',
    unit: 'children',
    counted: `Children waiting for treatment who have no ${FUTURE_APPOINTMENT} on any of their referrals. ${WAITING_FOR_TREATMENT}`,
  },
  {
    path: 'waitingForTreatment.withoutFutureAppointmentSeenLast60Days',
    drill: 'waitingForTreatment.withoutFutureAppointmentSeenLast60Days',
    label: 'Without a future appointment, seen in the last 60 days',
    unit: 'children',
    counted:
      'Of the children waiting for treatment without a future booked appointment, those who attended an appointment (status "attended") dated in the 60 days up to and including the report date.',
  },
  {
    path: 'waitingForTreatment.longestWithoutAppointment.weeks',
    label: 'Longest wait without a future appointment',
    unit: 'weeks',
    counted: `The longest open wait, in whole weeks since added to the list (rounded down), of the children waiting for treatment with no ${FUTURE_APPOINTMENT}. None when every child waiting has one.`,
  },
  {
    path: 'waitingForTreatment.longestWithoutAppointment.list',
    label: 'List of the longest wait without a future appointment',
    unit: 'list',
    counted: 'The waiting list of that longest wait.',
  },
  {
    path: 'waitingForTreatment.longestWithoutAppointment.waitId',
    label: 'Wait id of the longest wait without a future appointment',
    unit: 'wait id',
    counted: 'The source id of that longest wait.',
  },
  {
    path: 'rtt.over13Weeks',
    drill: 'rtt.over13Weeks',
    label: 'Referral to treatment over 13 weeks',
    unit: 'waits',
    counted: `Open waits whose referral was received more than 91 days before the report date (the local 13-week standard). Measured from the referral's date received, not the date added to the list. ${OPEN_WAITS}`,
  },
  {
    path: 'rtt.over18Weeks',
    drill: 'rtt.over18Weeks',
    label: 'Referral to treatment over 18 weeks',
    unit: 'waits',
    counted: `Open waits whose referral was received more than 126 days before the report date (the national 18-week standard). Measured from the referral's date received, not the date added to the list. ${OPEN_WAITS}`,
  },
  { path: 'duty.rag.RED', drill: 'duty.rag.RED', label: 'Rated RED', unit: 'children', counted: `${RATED} Rated RED (high risk).` },
  { path: 'duty.rag.AMBER', drill: 'duty.rag.AMBER', label: 'Rated AMBER', unit: 'children', counted: `${RATED} Rated AMBER (medium risk).` },
  { path: 'duty.rag.GREEN', drill: 'duty.rag.GREEN', label: 'Rated GREEN', unit: 'children', counted: `${RATED} Rated GREEN (low risk).` },
  { path: 'duty.rag.unrated', drill: 'duty.rag.unrated', label: 'Not rated', unit: 'children', counted: `Children waiting for treatment ${ON} with no RAG rating set on or before that date.` },
  {
    path: 'duty.redWithoutLeadProfessional',
    drill: 'duty.redWithoutLeadProfessional',
    label: 'RED without a lead professional',
    unit: 'children',
    counted: `Children waiting for treatment whose current rating is RED and who have no named lead professional recorded on that rating. Each must be allocated one at the next team meeting.`,
  },
  {
    path: 'duty.reviewsDue',
    drill: 'duty.reviewsDue',
    label: 'Duty reviews due',
    unit: 'children',
    counted: `Children whose next duty review falls in the 14 days starting on the report date (before the next report). ${REVIEW_SCHEDULE}`,
  },
  {
    path: 'duty.reviewsOverdue',
    drill: 'duty.reviewsOverdue',
    label: 'Duty reviews overdue',
    unit: 'children',
    counted: `Children whose next duty review was due before the report date. ${REVIEW_SCHEDULE}`,
  },
  {
    path: 'duty.reviewsCompletedInLast14Days',
    drill: 'duty.reviewsCompletedInLast14Days',
    label: 'Duty reviews completed in the last 14 days',
    unit: 'reviews',
    counted: `Attended duty-review appointments dated ${LAST_14_DAYS}, of children waiting for treatment on the report date.`,
  },
  {
    path: 'flow.acceptedLast14Days',
    drill: 'flow.acceptedLast14Days',
    label: 'Accepted into the service in the last 14 days',
    unit: 'referrals',
    counted: `Referrals whose assessment was completed with the outcome "accepted" (into the service, onto waiting lists) ${LAST_14_DAYS}.`,
  },
  {
    path: 'flow.dischargedLast14Days',
    drill: 'flow.dischargedLast14Days',
    label: 'Discharged in the last 14 days',
    unit: 'referrals',
    counted: `Referrals discharged ${LAST_14_DAYS}. The caseload grows when more are accepted than discharged.`,
  },
  { path: 'previous.asOf', label: 'Previous report date', unit: 'date', counted: 'The report date 14 days earlier, for the trend against the previous report.' },
  {
    path: 'previous.waitingForAccess',
    label: 'Children waiting for access at the previous report',
    unit: 'children',
    counted: 'Children waiting for access, counted the same way, 14 days before the report date.',
  },
  {
    path: 'previous.waitingForTreatmentChildren',
    label: 'Children waiting for treatment at the previous report',
    unit: 'children',
    counted: 'Children waiting for treatment, counted the same way, 14 days before the report date.',
  },
  { path: 'previous.waits', label: 'Waits for treatment at the previous report', unit: 'waits', counted: 'Open waits, counted the same way, 14 days before the report date.' },
  {
    path: 'weeksWaited.bands[].waits',
    drill: 'weeksWaited.{band}',
    label: 'Waits by weeks waited',
    unit: 'waits',
    counted: `${OPEN_WAITS} Grouped by whole weeks waited since added to the list (days divided by 7, rounded down); each band includes its lower bound and not its upper: ${WEEKS_WAITED_BANDS.map(bandWords).join('; ')}. The bands add up to the waits for treatment. A wait of exactly 91 days is in 13-18 although it is not "over 13 weeks" (more than 91 days).`,
  },
];

const SINGULAR: Partial<Record<PtlFigureUnit, string>> = { children: 'child', referrals: 'referral', 'access pathways': 'access pathway', waits: 'wait', reviews: 'review', weeks: 'week' };

/** The unit's word for a count of `value`: `1 child`, `2 children`, `1 wait`. */
export function ptlUnitWord(unit: PtlFigureUnit, value: number): string {
  return value === 1 ? (SINGULAR[unit] ?? unit) : unit;
}

/** `13-18` → `13-18 weeks: 13 to 17 whole weeks (91 to 125 days)`. */
export function bandWords(band: { band: string; fromWeeks: number; toWeeks: number | null }): string {
  if (band.toWeeks === null) return `${band.band} weeks: ${band.fromWeeks} whole weeks or more (${band.fromWeeks * 7} days or more)`;
  return `${band.band} weeks: ${band.fromWeeks} to ${band.toWeeks - 1} whole weeks (${band.fromWeeks * 7} to ${band.toWeeks * 7 - 1} days)`;
}

const PLACEHOLDERS: Record<string, string> = { '{month}': '\\d{4}-\\d{2}', '{urgency}': '(?:routine|urgent)', '{list}': '.+', '{band}': '[^.]+' };
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BY_DRILL = PTL_FIGURE_DEFINITIONS.filter((d) => d.drill).map((d) => ({
  definition: d,
  pattern: new RegExp(`^${escape(d.drill as string).replace(/\\\{(month|urgency|list|band)\\\}/g, (m) => PLACEHOLDERS[m.replace(/\\/g, '')])}$`),
}));

/** The definition of a figure by its JSON path (`waitingForTreatment.byList[].waits`). */
export function ptlFigureDefinition(path: string): PtlFigureDefinition | undefined {
  return PTL_FIGURE_DEFINITIONS.find((d) => d.path === path);
}

/** The definition of a figure by the path it is opened with (`waitingForTreatment.byList.ADOS`). */
export function ptlFigureDefinitionOfDrill(figure: string): PtlFigureDefinition | undefined {
  return BY_DRILL.find((d) => d.pattern.test(figure))?.definition;
}
