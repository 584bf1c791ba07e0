import { CalendarDate, compareDates, isCalendarDate } from '@camhs/domain';

/**
 * A child's age in whole years on a day: the years since birth, less one while this year's
 * birthday is still to come. Someone born on 29 February has their birthday on 1 March in other
 * years (as in UK law). Null when either date is not a real date or birth is after `on`.
 */
export function ageInYears(dateOfBirth: CalendarDate, on: CalendarDate): number | null {
  if (!isCalendarDate(dateOfBirth) || !isCalendarDate(on) || compareDates(dateOfBirth, on) > 0) return null;
  const [birthYear, birthMonth, birthDay] = dateOfBirth.split('-').map(Number);
  const [year, month, day] = on.split('-').map(Number);
  const birthdayToCome = month < birthMonth || (month === birthMonth && day < birthDay);
  return year - birthYear - (birthdayToCome ? 1 : 0);
}

/** `14 years`, `1 year`; `Not known` when the age cannot be worked out. */
export function describeAge(dateOfBirth: CalendarDate, on: CalendarDate): string {
  const age = ageInYears(dateOfBirth, on);
  if (age === null) return 'Not known';
  return `${age} ${age === 1 ? 'year' : 'years'}`;
}
