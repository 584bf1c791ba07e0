import type { LetterRecipientName, ReferrerType, Urgency } from '@camhs/contracts';
import type { CalendarDate } from '@camhs/domain';
import type { ServiceContact } from './service-contact';

/** What a letter says it is about: the outcome it reports, with the facts that kind of letter needs. */
export type LetterSubject =
  | { kind: 'acknowledgement' }
  | { kind: 'access-outcome'; completedOn: CalendarDate; outcome: 'accepted' }
  | { kind: 'access-outcome'; completedOn: CalendarDate; outcome: 'redirected'; destination: string }
  | { kind: 'access-outcome'; completedOn: CalendarDate; outcome: 'returned'; reason: string }
  | { kind: 'assessment-outcome'; completedOn: CalendarDate; outcome: 'accepted'; lists: readonly string[] }
  | { kind: 'assessment-outcome'; completedOn: CalendarDate; outcome: 'discharged'; reason: string }
  | { kind: 'discharge'; dischargedOn: CalendarDate; reason: string }
  /** While the child waits for treatment: the lists they are waiting on (open on the letter's due day) and since when. */
  | { kind: 'waiting-list'; dueOn: CalendarDate; lists: readonly { name: string; since: CalendarDate }[] };

/**
 * Everything a letter's text is made from, as plain values read from PostgreSQL when it is
 * rendered. The text builder is a pure function of this object.
 */
export interface LetterData {
  letterId: string;
  recipient: LetterRecipientName;
  /** The letter's date: the day (Europe/London) it was queued. */
  letterDate: CalendarDate;
  child: { givenName: string; familyName: string; dateOfBirth: CalendarDate; nhsNumber: string | null };
  referral: { receivedOn: CalendarDate; urgency: Urgency; referrerType: ReferrerType; teamName: string };
  subject: LetterSubject;
  service: ServiceContact;
}
