import { Transition, allow, refuse } from './transition';

export const APPOINTMENT_KINDS = ['access', 'assessment', 'treatment', 'duty-review', 'other'] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

export const APPOINTMENT_STATUSES = ['booked', 'attended', 'dna', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/**
 * A booked appointment is later recorded as attended (the child was seen), DNA (did not attend)
 * or cancelled. Once recorded, the outcome stands: a correction is a new record, not an edit.
 */
export function recordAppointmentOutcome(status: AppointmentStatus, outcome: Exclude<AppointmentStatus, 'booked'>): Transition<AppointmentStatus> {
  if (status !== 'booked') return refuse(`the appointment is already recorded as ${status}`, 'state');
  return allow(outcome);
}
