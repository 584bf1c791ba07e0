import type { AppointmentRecord, CalendarDate } from '@camhs/domain';
import { DayNumber, calendarDate } from './day-numbers';

export type Outcome = 'attended' | 'dna' | 'cancelled';

/**
 * What a referral's records say on the as-of date. The generator plans an episode as it will unfold;
 * the diary keeps what had happened by then (an appointment with its outcome), turns an appointment
 * shortly after it into a `booked` one, and leaves later plans unwritten, as a real record would.
 */
export class EpisodeDiary {
  private readonly entries: { day: DayNumber; kind: AppointmentRecord['kind']; status: AppointmentRecord['status']; waitId: string | null }[] = [];

  constructor(readonly asOf: DayNumber) {}

  happened(day: DayNumber): boolean {
    return day <= this.asOf;
  }

  /** The date when it is on or before the as-of date, else null (not happened yet). */
  recorded(day: DayNumber | null): CalendarDate | null {
    return day !== null && day <= this.asOf ? calendarDate(day) : null;
  }

  /**
   * An appointment on `day` that will end as `outcome`: recorded so when it is on or before the as-of
   * date, recorded as booked when it falls within `bookedAheadDays` after it, otherwise not yet made.
   */
  appointment(day: DayNumber, kind: AppointmentRecord['kind'], outcome: Outcome, waitId: string | null = null, bookedAheadDays = 0): void {
    if (day <= this.asOf) this.entries.push({ day, kind, status: outcome, waitId });
    else if (day <= this.asOf + bookedAheadDays) this.entries.push({ day, kind, status: 'booked', waitId });
  }

  /** The appointments in date order (stable: same-day ones in the order made), numbered within the referral (`<referral>-A01`, …). */
  appointments(referralId: string): AppointmentRecord[] {
    return [...this.entries]
      .sort((x, y) => x.day - y.day)
      .map((e, n) => ({
        appointmentId: `${referralId}-A${String(n + 1).padStart(2, '0')}`,
        referralId,
        waitId: e.waitId,
        date: calendarDate(e.day),
        kind: e.kind,
        status: e.status,
      }));
  }
}
