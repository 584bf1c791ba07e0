import { CalendarDate, addDays, daysBetween } from '../time/calendar-date';
import { OVER_13_WEEKS_DAYS, OVER_18_WEEKS_DAYS } from '../reporting/report-units';
import { ACCESS_TARGET_DAYS, Urgency } from './access-target';

/**
 * The pathway's clocks (issue 4, domain.md "The pathway" and "RTT"): the access target runs from
 * receipt until access is completed; the 13- and 18-week referral-to-treatment clocks run from
 * receipt for as long as a wait is open. Each clock is flagged `approaching` from one week (urgent)
 * or two weeks (routine) before its target date, and `breached` from the day after it: the target
 * day itself still passes (access passes when completed within 28/91 days; a wait is "over 13 weeks"
 * at more than 91 days).
 */
export const CLOCKS = ['access', 'rtt13', 'rtt18'] as const;
export type ClockName = (typeof CLOCKS)[number];
export const CLOCK_STATES = ['approaching', 'breached'] as const;
export type ClockState = (typeof CLOCK_STATES)[number];

/** Days before the target date from which a running clock is flagged as approaching. */
export const CLOCK_WARNING_DAYS: Readonly<Record<Urgency, number>> = { urgent: 7, routine: 14 };

/** Days from receipt to each clock's target date. */
export function clockTargetDays(clock: ClockName, urgency: Urgency): number {
  switch (clock) {
    case 'access':
      return ACCESS_TARGET_DAYS[urgency];
    case 'rtt13':
      return OVER_13_WEEKS_DAYS;
    case 'rtt18':
      return OVER_18_WEEKS_DAYS;
  }
}

/** The last day on which the clock still meets its target. */
export function clockTarget(clock: ClockName, receivedOn: CalendarDate, urgency: Urgency): CalendarDate {
  return addDays(receivedOn, clockTargetDays(clock, urgency));
}

/** The state of a running clock on `today`: nothing yet, approaching its target, or breached. */
export function clockState(targetOn: CalendarDate, urgency: Urgency, today: CalendarDate): ClockState | null {
  const daysLeft = daysBetween(today, targetOn);
  if (daysLeft < 0) return 'breached';
  if (daysLeft <= CLOCK_WARNING_DAYS[urgency]) return 'approaching';
  return null;
}

/** The first day on which a running clock is flagged in each state. */
export function clockCheckpoints(targetOn: CalendarDate, urgency: Urgency): Record<ClockState, CalendarDate> {
  return { approaching: addDays(targetOn, -CLOCK_WARNING_DAYS[urgency]), breached: addDays(targetOn, 1) };
}
