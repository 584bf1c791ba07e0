import { CalendarDate, compareDates } from '../time/calendar-date';

/** True when `date` is recorded and falls on or before `day`. */
const onOrBefore = (date: CalendarDate | null, day: CalendarDate) => date !== null && compareDates(date, day) <= 0;

/**
 * Derived state on a day D, exactly as the PTL extract contract defines it (spec/ptl-extract.md,
 * "Derived state"): everything is read from recorded dates, so any past day can be re-computed.
 */
export interface ReferralDates {
  receivedOn: CalendarDate;
  accessCompletedOn: CalendarDate | null;
  accessOutcome: 'accepted' | 'redirected' | 'returned' | null;
  assessmentCompletedOn: CalendarDate | null;
  dischargedOn: CalendarDate | null;
}

/** Received on or before D, with no access completed and no discharge on or before D. */
export function isWaitingForAccess(r: ReferralDates, day: CalendarDate): boolean {
  return onOrBefore(r.receivedOn, day) && !onOrBefore(r.accessCompletedOn, day) && !onOrBefore(r.dischargedOn, day);
}

/** Access completed `accepted` on or before D; assessment not completed and no discharge on or before D. */
export function isInAssessment(r: ReferralDates, day: CalendarDate): boolean {
  return (
    r.accessOutcome === 'accepted' &&
    onOrBefore(r.accessCompletedOn, day) &&
    !onOrBefore(r.assessmentCompletedOn, day) &&
    !onOrBefore(r.dischargedOn, day)
  );
}

export interface WaitDates {
  addedOn: CalendarDate;
  startedOn: CalendarDate | null;
  removedOn: CalendarDate | null;
}

/** Added on or before D, and neither started nor removed on or before D. */
export function isWaitOpenOn(w: WaitDates, day: CalendarDate): boolean {
  return onOrBefore(w.addedOn, day) && !onOrBefore(w.startedOn, day) && !onOrBefore(w.removedOn, day);
}
