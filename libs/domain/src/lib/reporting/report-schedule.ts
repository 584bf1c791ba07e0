import { CalendarDate, daysBetween } from '../time/calendar-date';
import { REPORT_CYCLE_DAYS } from '../duty/review-cadence';

/**
 * The bi-weekly report falls every 14 days counted from an anchor date (which also fixes its
 * weekday), before or after the anchor alike.
 */
export function isReportDay(day: CalendarDate, anchor: CalendarDate): boolean {
  const offset = daysBetween(anchor, day) % REPORT_CYCLE_DAYS;
  return offset === 0;
}
