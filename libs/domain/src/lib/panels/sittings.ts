import { LocalDate } from '@js-joda/core';
import { CalendarDate, addDays, compareDates } from '../time/calendar-date';

/**
 * Panels meet on a schedule (domain.md): the Primary Phase Panel monthly, the SEND panel
 * fortnightly. A coordinator schedules sittings from a first date; the agenda of each sitting is
 * built from ready cases, and whatever a sitting leaves unresolved carries to the next one.
 */
export const PANEL_CADENCES = ['weekly', 'fortnightly', 'monthly'] as const;
export type PanelCadence = (typeof PANEL_CADENCES)[number];

export const MAX_SITTINGS_AT_ONCE = 24;

/**
 * `count` sitting dates from `first` at the cadence. Monthly keeps the day of the month, falling
 * back to the month's last day when it has no such day (31 January → 28 February → 31 March: each
 * month counted from the first date, so a short month does not pull later ones earlier).
 */
export function sittingDates(cadence: PanelCadence, first: CalendarDate, count: number): CalendarDate[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SITTINGS_AT_ONCE) throw new RangeError(`count must be a whole number from 1 to ${MAX_SITTINGS_AT_ONCE}`);
  const start = LocalDate.parse(first);
  return Array.from({ length: count }, (_, i) => {
    if (cadence === 'monthly') return start.plusMonths(i).toString();
    return start.plusDays(i * (cadence === 'weekly' ? 7 : 14)).toString();
  });
}

export interface SittingSlot {
  id: string;
  sitsOn: CalendarDate;
  /** A closed sitting has been held and its record completed. */
  closed: boolean;
}

/** The sitting unresolved items carry to: the earliest open sitting after `after`; null when none is scheduled yet. */
export function nextSitting<S extends SittingSlot>(sittings: readonly S[], after: CalendarDate): S | null {
  const later = sittings.filter((s) => !s.closed && compareDates(s.sitsOn, after) > 0);
  return later.sort((a, b) => compareDates(a.sitsOn, b.sitsOn) || a.id.localeCompare(b.id))[0] ?? null;
}

export interface AgendaItemState {
  caseId: string;
  /** The panel's decision, or null when none was recorded. */
  decision: 'allocated' | 'not-allocated' | 'deferred' | null;
}

/** Items a sitting leaves unresolved — no decision recorded, or deferred — in agenda order. */
export function unresolvedItems<I extends AgendaItemState>(items: readonly I[]): I[] {
  return items.filter((i) => i.decision === null || i.decision === 'deferred');
}

/** Decisions and attendance are recorded at the sitting, not before it. */
export function sittingHeldProblem(sitsOn: CalendarDate, today: CalendarDate): string | null {
  return compareDates(today, sitsOn) < 0 ? `the sitting is on ${sitsOn}: its decisions and attendance are recorded from that day` : null;
}

/** Actions agreed at a sitting are reminded about from this many days before they fall due (and while overdue). */
export const ACTION_REMINDER_DAYS_BEFORE = 3;

/** Is an open action due on `dueOn` to be reminded about today? */
export function actionReminderDue(dueOn: CalendarDate, today: CalendarDate): boolean {
  return compareDates(dueOn, addDays(today, ACTION_REMINDER_DAYS_BEFORE)) <= 0;
}
