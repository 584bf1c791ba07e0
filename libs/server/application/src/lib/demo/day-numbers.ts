import { LocalDate } from '@js-joda/core';
import type { CalendarDate } from '@camhs/domain';

/**
 * The generator plans in day numbers (days since 1970-01-01), so its date arithmetic is plain integer
 * addition; js-joda turns them into calendar dates and back. Parsing a date string is the slow part of
 * date arithmetic, and a service of thousands of referrals does it hundreds of thousands of times.
 */
export type DayNumber = number;

const names = new Map<DayNumber, CalendarDate>();

export function dayNumber(date: CalendarDate): DayNumber {
  return LocalDate.parse(date).toEpochDay();
}

/** The calendar date of a day number (`YYYY-MM-DD`); the few thousand days of a run are remembered. */
export function calendarDate(day: DayNumber): CalendarDate {
  let date = names.get(day);
  if (date === undefined) {
    date = LocalDate.ofEpochDay(day).toString();
    names.set(day, date);
  }
  return date;
}
