import { CalendarDate } from './calendar-date';

/** The service's time zone: every calendar date in the product is a day here. */
export const SERVICE_TIME_ZONE = 'Europe/London';

/** Injected wherever "now" or "today" matters, so rules can be tested at any instant. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  return { now: () => new Date(at.getTime()) };
}

// en-CA formats as YYYY-MM-DD; the platform's time-zone database handles British Summer Time.
const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: SERVICE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Europe/London at the clock's current instant. */
export function today(clock: Clock): CalendarDate {
  return londonDate.format(clock.now());
}
