import { ChronoUnit, DateTimeParseException, LocalDate } from '@js-joda/core';

/**
 * Calendar dates (`YYYY-MM-DD`) as the service means them: a day in Europe/London, with no time
 * and no offset. Arithmetic goes through js-joda's LocalDate so month lengths, leap years and
 * clock changes are never hand-computed.
 */
export type CalendarDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (2023-02-29 is not). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  try {
    LocalDate.parse(value);
    return true;
  } catch (e) {
    if (e instanceof DateTimeParseException) return false;
    throw e;
  }
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return LocalDate.parse(date).plusDays(days).toString();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return LocalDate.parse(from).until(LocalDate.parse(to), ChronoUnit.DAYS);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return LocalDate.parse(a).compareTo(LocalDate.parse(b));
}
