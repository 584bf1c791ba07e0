import {
  AccessOutcomeName,
  AppointmentKindName,
  AppointmentStatusName,
  AssessmentOutcomeName,
  ClockFlagView,
  RagRatingName,
  ReferralStageName,
  WaitView,
} from '@camhs/contracts';
import { formatDate } from '../date-format';

/** Where the referral is, in staff's words. */
export const STAGE_LABELS: Readonly<Record<ReferralStageName, string>> = {
  access: 'Waiting for access',
  assessment: 'In assessment',
  accepted: 'Accepted into the service',
  redirected: 'Redirected at access',
  returned: 'Returned to the referrer',
  discharged: 'Discharged',
};

/** A RAG rating is always written out in words; the tag colour only repeats it. */
export const RAG_LABELS: Readonly<Record<RagRatingName, { text: string; tagClass: string }>> = {
  RED: { text: 'Red (high risk)', tagClass: 'nhsuk-tag--red' },
  AMBER: { text: 'Amber (medium risk)', tagClass: 'nhsuk-tag--orange' },
  GREEN: { text: 'Green (low risk)', tagClass: 'nhsuk-tag--green' },
};
export const UNRATED = { text: 'Not rated', tagClass: 'nhsuk-tag--grey' } as const;

export const ACCESS_OUTCOME_LABELS: Readonly<Record<AccessOutcomeName, string>> = {
  accepted: 'Accepted for assessment',
  redirected: 'Redirected to another agency',
  returned: 'Returned to the referrer',
};

export const ASSESSMENT_OUTCOME_LABELS: Readonly<Record<AssessmentOutcomeName, string>> = {
  accepted: 'Accepted onto waiting lists',
  discharged: 'Discharged',
};

export const APPOINTMENT_KIND_LABELS: Readonly<Record<AppointmentKindName, string>> = {
  access: 'Access',
  assessment: 'Assessment',
  treatment: 'Treatment',
  'duty-review': 'Duty review',
  other: 'Other',
};

export const APPOINTMENT_STATUS_LABELS: Readonly<Record<AppointmentStatusName, string>> = {
  booked: 'Booked',
  attended: 'Attended',
  dna: 'Did not attend (DNA)',
  cancelled: 'Cancelled',
};

/** `1 week`, `6 weeks`. */
export function weeksText(weeks: number): string {
  return `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
}

/** A clock flag in words: which clock (and on which list), approaching or breached, and its target date. */
export function clockFlagText(flag: ClockFlagView, waits: readonly WaitView[]): string {
  const target = formatDate(flag.targetOn);
  if (flag.clock === 'access') return `Access target ${flag.state} (target ${target})`;
  const list = waits.find((w) => w.id === flag.waitId)?.list;
  const weeks = flag.clock === 'rtt13' ? 13 : 18;
  return `${weeks}-week wait ${flag.state}${list ? ` on the ${list} list` : ''} (target ${target})`;
}
