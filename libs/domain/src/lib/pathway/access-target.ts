import { CalendarDate, addDays } from '../time/calendar-date';

export type Urgency = 'routine' | 'urgent';

/**
 * Access (first contact) must happen within 4 weeks of receipt when urgent, 13 weeks when routine
 * (domain.md, "The pathway"). Expressed in days because the report counts whole days.
 */
export const ACCESS_TARGET_DAYS: Readonly<Record<Urgency, number>> = { urgent: 28, routine: 91 };

/** The last day on which access can be completed and still pass. */
export function accessDeadline(receivedOn: CalendarDate, urgency: Urgency): CalendarDate {
  return addDays(receivedOn, ACCESS_TARGET_DAYS[urgency]);
}
