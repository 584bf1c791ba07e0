import { AppointmentView, ReferralView } from '@camhs/contracts';
import { CalendarDate, compareDates, waitDays, wholeWeeks } from '@camhs/domain';
import { formatDate } from '../date-format';
import { APPOINTMENT_KIND_LABELS, STAGE_LABELS, weeksText } from './referral-detail-labels';

const weeksSince = (start: CalendarDate, today: CalendarDate) => weeksText(Math.max(0, wholeWeeks(waitDays(start, today))));

/**
 * What the child is waiting for today, one line each, with whole weeks waited (the report's unit:
 * days ÷ 7 rounded down): access since receipt, assessment since access (or receipt, for teams
 * that skip access), and each open wait since it was added. A closed referral waits for nothing.
 */
export function waitingFor(referral: ReferralView, today: CalendarDate): string[] {
  switch (referral.stage) {
    case 'access':
      return [`Access (first contact): ${weeksSince(referral.receivedOn, today)} since referral, target ${formatDate(referral.accessDeadline)}`];
    case 'assessment':
      return referral.accessCompletedOn
        ? [`Assessment: ${weeksSince(referral.accessCompletedOn, today)} since access`]
        : [`Assessment: ${weeksSince(referral.receivedOn, today)} since referral`];
    case 'accepted': {
      const open = referral.waits.filter((w) => w.startedOn === null && w.removedOn === null);
      if (open.length === 0) return ['No open waits'];
      return open.map((w) => `${w.list}: ${weeksSince(w.addedOn, today)} (added ${formatDate(w.addedOn)})`);
    }
    default:
      return [`Nothing: ${STAGE_LABELS[referral.stage].toLowerCase()}`];
  }
}

/** The earliest booked appointment on or after today, or null. */
export function nextAppointment(referral: ReferralView, today: CalendarDate): AppointmentView | null {
  const coming = referral.appointments
    .filter((a) => a.status === 'booked' && compareDates(a.date, today) >= 0)
    .sort((a, b) => compareDates(a.date, b.date));
  return coming[0] ?? null;
}

/** `3 Dec 2026: Treatment appointment (ADOS)`. */
export function describeAppointment(appointment: AppointmentView, referral: ReferralView): string {
  const list = referral.waits.find((w) => w.id === appointment.waitId)?.list;
  return `${formatDate(appointment.date)}: ${APPOINTMENT_KIND_LABELS[appointment.kind]} appointment${list ? ` (${list})` : ''}`;
}
