import { PtlDrillRow, PtlFigureDefinition, ptlUnitWord } from '@camhs/contracts';
import { URGENCY_LABELS } from '../referrals/referral-labels';
import { monthName } from './report-figures';

/** One row of the drill-down table, ready to show. */
export interface DrillRowView {
  key: string;
  childName: string;
  href: string;
  referralId: string;
  list: string;
  /** `77 days (11 weeks)`, or '' when the figure measures no wait. */
  waiting: string;
  urgency: string;
}

export function drillRowView(row: PtlDrillRow): DrillRowView {
  return {
    key: `${row.referralId}/${row.waitId ?? ''}/${row.childId}`,
    childName: row.childName,
    href: `/referrals/${row.id}`,
    referralId: row.referralId,
    list: row.list ?? '',
    waiting: row.days === null ? '' : `${row.days} ${row.days === 1 ? 'day' : 'days'} (${Math.floor(row.days / 7)} ${Math.floor(row.days / 7) === 1 ? 'week' : 'weeks'})`,
    urgency: URGENCY_LABELS[row.urgency] ?? row.urgency,
  };
}

/** What the days of a figure's rows measure (they differ by set), or null when its rows carry none. */
export function daysHeading(figure: string): string | null {
  if (/^(accessCompliance|accessOutcomes)\./.test(figure)) return 'From receipt to access';
  if (figure.startsWith('waitingForAccess.')) return 'Waiting since received';
  if (figure.startsWith('inAssessment.')) return 'In assessment since access';
  if (/^(waitingForTreatment|weeksWaited|rtt)\./.test(figure)) return 'Waiting since added to the list';
  if (figure === 'duty.reviewsCompletedInLast14Days') return 'Since the review';
  return null;
}

/**
 * The heading of a figure's list: its label, with the month, urgency, list or band its path names
 * (`Routine referrals received: April 2018`, `Waits for treatment on the list: ADOS`).
 */
export function drillHeading(figure: string, definition: PtlFigureDefinition): string {
  let m = /^referralsByMonth\.(\d{4}-\d{2})\./.exec(figure);
  if (m) return `${definition.label}: ${monthName(m[1])}`;
  m = /^accessCompliance\.(\d{4}-\d{2})\.(routine|urgent)\./.exec(figure);
  if (m) return `${definition.label}: ${monthName(m[1])}, ${m[2]}`;
  m = /^waitingForTreatment\.byList\.(.+)$/.exec(figure);
  if (m) return `${definition.label}: ${m[1]}`;
  m = /^weeksWaited\.(.+)$/.exec(figure);
  if (m) return `Waits for treatment, waited ${m[1].replace('-', '–')} weeks`;
  return definition.label;
}

/** `2 waits`, `1 child`: the count of the rows, in the figure's unit (a figure counting children lists one row per child). */
export function drillCount(rows: number, definition: PtlFigureDefinition): string {
  return `${rows} ${ptlUnitWord(definition.unit, rows)}`;
}
