import { LocalDate } from '@js-joda/core';
import { CalendarDate, daysBetween } from '../time/calendar-date';
import { ACCESS_TARGET_DAYS, Urgency } from '../pathway/access-target';

/**
 * Units of the bi-weekly tracking report (spec/ptl-report.md, "Units").
 * A wait in days is `asOf − start` in whole days; weeks are days ÷ 7.
 */
export function waitDays(start: CalendarDate, asOf: CalendarDate): number {
  return daysBetween(start, asOf);
}

/** `longestWeeks`: whole weeks, rounded down. */
export function wholeWeeks(days: number): number {
  return Math.floor(days / 7);
}

/**
 * `averageWeeks`: the mean of days ÷ 7, rounded to one decimal place (halves up), computed in
 * integers so that no binary fraction tips a value across a rounding boundary. 0 when there are none.
 */
export function averageWeeks(days: readonly number[]): number {
  if (days.length === 0) return 0;
  const sum = days.reduce((a, b) => a + b, 0);
  const n = days.length;
  // round(10·sum / 7n) half up = floor((20·sum + 7n) / 14n)
  return Math.floor((20 * sum + 7 * n) / (14 * n)) / 10;
}

/** "Over 13 weeks" is more than 91 days; "over 18 weeks" more than 126 (the local and the national RTT standard). */
export const OVER_13_WEEKS_DAYS = 91;
export const OVER_18_WEEKS_DAYS = 126;
export const isOver13Weeks = (days: number) => days > OVER_13_WEEKS_DAYS;
export const isOver18Weeks = (days: number) => days > OVER_18_WEEKS_DAYS;

/** "Seen in the past 60 days": an attended appointment dated within the 60 days up to and including asOf. */
export const SEEN_RECENTLY_DAYS = 60;

/** The report's period: the financial year to date, 1 April of the year containing `asOf` up to `asOf`. */
export function reportPeriod(asOf: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  const d = LocalDate.parse(asOf);
  const startYear = d.monthValue() >= 4 ? d.year() : d.year() - 1;
  return { from: `${startYear}-04-01`, to: asOf };
}

/** Every month key (`YYYY-MM`) from `from` to `to`, inclusive. */
export function monthsBetween(from: CalendarDate, to: CalendarDate): string[] {
  const months: string[] = [];
  let m = LocalDate.parse(from).withDayOfMonth(1);
  const end = LocalDate.parse(to).withDayOfMonth(1);
  while (!m.isAfter(end)) {
    months.push(m.toString().slice(0, 7));
    m = m.plusMonths(1);
  }
  return months;
}

/** An access pathway passes when completed within 28 days (urgent) / 91 days (routine) of receipt. */
export function accessPassed(receivedOn: CalendarDate, completedOn: CalendarDate, urgency: Urgency): boolean {
  return daysBetween(receivedOn, completedOn) <= ACCESS_TARGET_DAYS[urgency];
}
