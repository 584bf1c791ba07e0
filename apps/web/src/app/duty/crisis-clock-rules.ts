import { CrisisClockName, CrisisClockRecordView, CrisisClockView, RecordCrisisClockRequest } from '@camhs/contracts';
import { isCalendarDate } from '@camhs/domain';
import { MessageList, Messages } from '../referrals/detail/form-messages';
import { formatDateTime } from '../shared/date-time-format';

/**
 * The Crisis clocks on the duty list (contact within 2 hours, assessment within 24 of a Crisis
 * referral) and recording when each was done. Times are entered as the clinician reads them on a
 * clock in England (date and hours:minutes, Europe/London) and sent as instants.
 */

export const CRISIS_CLOCK_LABELS: Readonly<Record<CrisisClockName, string>> = {
  contact: 'Telephone contact (within 2 hours)',
  assessment: 'Assessment (within 24 hours)',
};

/** `20 min`, `1 h`, `1 h 35 min`, `26 h 5 min`. */
export function durationText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Where the clock stands, in words: the state is always written, never shown by colour alone. */
export function crisisTimingText(clock: Pick<CrisisClockView, 'state' | 'dueAt' | 'minutesLeft'>): string {
  const due = formatDateTime(clock.dueAt);
  return clock.state === 'missed' ? `Missed: due ${due}, ${durationText(-clock.minutesLeft)} ago` : `Due by ${due}: ${durationText(clock.minutesLeft)} left`;
}

const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The wall clock in England at an instant: `{ date: 'YYYY-MM-DD', time: 'HH:MM' }`. */
export function londonWallClock(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(LONDON_PARTS.formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}

/** Minutes England is ahead of UTC at an instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(at: Date): number {
  const { date, time } = londonWallClock(at);
  const wall = Date.parse(`${date}T${time}:00Z`);
  return Math.round((wall - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant a wall-clock date and time in England stand for, as ISO 8601 in UTC. */
export function londonInstant(date: string, time: string): string {
  const asIfUtc = Date.parse(`${date}T${time}:00Z`);
  let instant = asIfUtc - londonOffsetMinutes(new Date(asIfUtc)) * 60_000;
  // Near a clock change the offset at the guess may differ from the offset at the answer.
  instant = asIfUtc - londonOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant).toISOString();
}

export const CRISIS_FIELDS = ['crisisDoneOn', 'crisisDoneAt'] as const;
export type CrisisField = (typeof CRISIS_FIELDS)[number];
export type CrisisFormValue = Record<CrisisField, string>;
export const CRISIS_API_FIELDS: Readonly<Record<string, CrisisField>> = { at: 'crisisDoneAt' };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A real date and time, not in the future and not before the Crisis referral. */
export function validateCrisisClock(value: CrisisFormValue, referredAt: string, now: Date): Messages<CrisisField> {
  const m = new MessageList<CrisisField>();
  if (value.crisisDoneOn.trim() === '') m.add('crisisDoneOn', 'Enter the date');
  else if (!isCalendarDate(value.crisisDoneOn)) m.add('crisisDoneOn', 'The date must be a real date');
  if (value.crisisDoneAt.trim() === '') m.add('crisisDoneAt', 'Enter the time');
  else if (!TIME.test(value.crisisDoneAt)) m.add('crisisDoneAt', 'Enter the time as hours and minutes, like 14:30');
  if (m.empty) {
    const at = Date.parse(londonInstant(value.crisisDoneOn, value.crisisDoneAt));
    if (at > now.getTime()) m.add('crisisDoneAt', 'The time cannot be in the future');
    else if (at < Math.floor(Date.parse(referredAt) / 60_000) * 60_000) m.add('crisisDoneAt', `The time cannot be before the Crisis referral (${formatDateTime(referredAt)})`);
  }
  return m.messages;
}

/**
 * The time entered, to the minute. A time in the very minute of the Crisis referral is sent as the
 * referral's own instant: the form has no seconds, and "10:15" for a referral made at 10:15:30
 * means within that minute, not before the referral.
 */
export function toCrisisClockRequest(value: CrisisFormValue, referredAt: string): RecordCrisisClockRequest {
  const at = londonInstant(value.crisisDoneOn, value.crisisDoneAt);
  const referred = new Date(referredAt).toISOString();
  return { at: Date.parse(at) < Date.parse(referred) ? referred : at };
}

export function crisisRecordedMessage(childName: string, recorded: CrisisClockRecordView): string {
  const what = recorded.clock === 'contact' ? 'Crisis telephone contact' : 'Crisis assessment';
  const standard = recorded.clock === 'contact' ? '2 hours' : '24 hours';
  const verdict = recorded.state === 'met' ? `within ${standard}: met` : `after ${standard}: missed`;
  return `${what} for ${childName} recorded at ${formatDateTime(recorded.doneAt)}, ${verdict}.`;
}
