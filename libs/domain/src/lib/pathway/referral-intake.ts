import { CalendarDate, compareDates, isCalendarDate } from '../time/calendar-date';

export interface IntakeDates {
  dateOfBirth: CalendarDate;
  receivedOn: CalendarDate;
}

export interface DateProblem {
  field: keyof IntakeDates;
  message: string;
}

/**
 * Date rules for a new referral: a date of birth that is not in the future and not after the
 * referral was received; a received date that is not in the future. `today` is the service's
 * calendar date (see `today(clock)`).
 */
export function referralDateProblems(dates: IntakeDates, today: CalendarDate): DateProblem[] {
  const problems: DateProblem[] = [];
  const dobOk = isCalendarDate(dates.dateOfBirth);
  const receivedOk = isCalendarDate(dates.receivedOn);
  if (dobOk && compareDates(dates.dateOfBirth, today) > 0) {
    problems.push({ field: 'dateOfBirth', message: 'date of birth must not be in the future' });
  }
  if (receivedOk && compareDates(dates.receivedOn, today) > 0) {
    problems.push({ field: 'receivedOn', message: 'received date must not be in the future' });
  }
  if (dobOk && receivedOk && compareDates(dates.dateOfBirth, dates.receivedOn) > 0) {
    problems.push({ field: 'dateOfBirth', message: 'date of birth must not be after the received date' });
  }
  return problems;
}
