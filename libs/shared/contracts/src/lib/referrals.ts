import type { ClockName, ClockState } from '@camhs/domain';
import { IsoDate, IsoDateTime } from './common';

export const URGENCIES = ['routine', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const REFERRER_TYPES = ['gp', 'school', 'social-care', 'paediatrician', 'parent', 'self', 'other'] as const;
export type ReferrerType = (typeof REFERRER_TYPES)[number];

/** POST /api/referrals */
export interface RegisterReferralRequest {
  givenName: string;
  familyName: string;
  dateOfBirth: IsoDate;
  /** 10 digits, spaces allowed; must pass the Modulus 11 check. Omit or null when not known. */
  nhsNumber?: string | null;
  /** Area code, e.g. `rutland` (see GET /api/reference-data). */
  area: string;
  /** Team code, e.g. `generic-outpatient`. */
  team: string;
  referrerType: ReferrerType;
  urgency: Urgency;
  receivedOn: IsoDate;
}

export const REFERRAL_STAGES = ['access', 'assessment', 'accepted', 'redirected', 'returned', 'discharged'] as const;
export type ReferralStageName = (typeof REFERRAL_STAGES)[number];

export const ACCESS_OUTCOMES = ['accepted', 'redirected', 'returned'] as const;
export type AccessOutcomeName = (typeof ACCESS_OUTCOMES)[number];
export const ASSESSMENT_OUTCOMES = ['accepted', 'discharged'] as const;
export type AssessmentOutcomeName = (typeof ASSESSMENT_OUTCOMES)[number];

/** A place on a waiting list. Open while neither `startedOn` nor `removedOn` is set. */
export interface WaitView {
  id: string;
  list: string;
  addedOn: IsoDate;
  startedOn: IsoDate | null;
  removedOn: IsoDate | null;
  version: number;
}

export const APPOINTMENT_KINDS = ['access', 'assessment', 'treatment', 'duty-review', 'other'] as const;
export type AppointmentKindName = (typeof APPOINTMENT_KINDS)[number];
export const APPOINTMENT_STATUSES = ['booked', 'attended', 'dna', 'cancelled'] as const;
export type AppointmentStatusName = (typeof APPOINTMENT_STATUSES)[number];

/** An appointment or contact. `attended` means the child was seen; `dna`: did not attend. */
export interface AppointmentView {
  id: string;
  waitId: string | null;
  date: IsoDate;
  kind: AppointmentKindName;
  status: AppointmentStatusName;
  version: number;
}

export { CLOCKS, CLOCK_STATES } from '@camhs/domain';
export type { ClockName, ClockState } from '@camhs/domain';

/**
 * A clock checkpoint the worker has marked: `approaching` one week (urgent) / two weeks (routine) before
 * the target date, `breached` once the target has passed. Only flags that still apply are shown (a
 * referral that completed access, or a wait that ended, carries no flag for that clock).
 */
export interface ClockFlagView {
  clock: ClockName;
  state: ClockState;
  /** The wait the clock runs on (`rtt13`/`rtt18`), else null. */
  waitId: string | null;
  /** The target date: access deadline, or the wait's 13/18-week date. */
  targetOn: IsoDate;
  /** When the worker marked it. */
  flaggedAt: IsoDateTime;
}

export const RAG_RATINGS = ['RED', 'AMBER', 'GREEN'] as const;
/** The child's current risk rating (domain.md, "The Duty system and RAG ratings"). */
export type RagRatingName = (typeof RAG_RATINGS)[number];

export interface ReferralView {
  id: string;
  childId: string;
  givenName: string;
  familyName: string;
  dateOfBirth: IsoDate;
  nhsNumber: string | null;
  area: string;
  team: string;
  referrerType: ReferrerType;
  urgency: Urgency;
  receivedOn: IsoDate;
  /** Received + 28 days (urgent) or + 91 days (routine). */
  accessDeadline: IsoDate;
  /** Set by the worker once the three acknowledgement letters are recorded. */
  acknowledgedAt: IsoDateTime | null;
  /** Where the referral is on the pathway. */
  stage: ReferralStageName;
  accessCompletedOn: IsoDate | null;
  accessOutcome: AccessOutcomeName | null;
  assessmentCompletedOn: IsoDate | null;
  assessmentOutcome: AssessmentOutcomeName | null;
  dischargedOn: IsoDate | null;
  /** Its waits on waiting lists, oldest first. */
  waits: WaitView[];
  /** Its appointments and contacts, by date. */
  appointments: AppointmentView[];
  /** Clock flags in force (approaching / breached access target, 13 and 18 weeks on open waits). */
  flags: ClockFlagView[];
  /** Send back with every change: a stale version is refused with 409. */
  version: number;
  createdAt: IsoDateTime;
  /** The current RAG rating, null while unrated. */
  rag: RagRatingName | null;
  /** The day the current rating was set (null exactly when `rag` is). */
  ragSetOn: IsoDate | null;
  /** The named lead professional holding the child, if any. */
  leadProfessional: string | null;
}

/** GET /api/referrals query */
export interface ListReferralsQuery {
  page?: number;
  pageSize?: number;
  area?: string;
  team?: string;
  urgency?: Urgency;
}

/** POST /api/referrals/{id}/access — the first contact completed access. */
export interface CompleteAccessRequest {
  version: number;
  completedOn: IsoDate;
  outcome: AccessOutcomeName;
  /** Required when redirected: the agency (e.g. Early Help). */
  destination?: string;
  /** Required when returned: why it went back to the referrer. */
  reason?: string;
}

/** POST /api/referrals/{id}/assessment */
export interface CompleteAssessmentRequest {
  version: number;
  completedOn: IsoDate;
  outcome: AssessmentOutcomeName;
  /** Required when accepted: the waiting lists (by name) the child goes onto, at least one. */
  lists?: string[];
  /** Required when discharged. */
  reason?: string;
}

/** POST /api/referrals/{id}/discharge — closes the episode; open waits end on the same day. */
export interface DischargeReferralRequest {
  version: number;
  dischargedOn: IsoDate;
  reason: string;
}

/** POST /api/referrals/{id}/waits — put the child on another waiting list (referral accepted into the service). */
export interface AddWaitRequest {
  /** The referral's version. */
  version: number;
  list: string;
  addedOn: IsoDate;
}

/** POST /api/waits/{id}/start-treatment and /remove — the wait ends (treatment started, or taken off the list). */
export interface EndWaitRequest {
  /** The wait's version. */
  version: number;
  on: IsoDate;
}

/** POST /api/referrals/{id}/appointments */
export interface BookAppointmentRequest {
  date: IsoDate;
  kind: AppointmentKindName;
  /** The wait this appointment serves, if any (one of the referral's waits). */
  waitId?: string | null;
}

/** POST /api/appointments/{id}/outcome */
export interface RecordAppointmentOutcomeRequest {
  /** The appointment's version. */
  version: number;
  status: Exclude<AppointmentStatusName, 'booked'>;
}

export const TIMELINE_ENTRY_KINDS = [
  'received',
  'acknowledged',
  'letter',
  'access-completed',
  'assessment-completed',
  'wait-added',
  'treatment-started',
  'wait-removed',
  'appointment-booked',
  'appointment-attended',
  'appointment-dna',
  'appointment-cancelled',
  'rag-set',
  'clock-flag',
  'discharged',
] as const;
export type TimelineEntryKind = (typeof TIMELINE_ENTRY_KINDS)[number];

/** One thing that happened to a referral, on a calendar day, in a short sentence built from its records. */
export interface TimelineEntry {
  on: IsoDate;
  kind: TimelineEntryKind;
  text: string;
}

/**
 * GET /api/referrals/{id}/timeline — everything that happened to the referral, oldest first (the
 * order the pathway is read in); on the same day, in pathway order (received before acknowledged …
 * before discharged). `version` is the referral's version the timeline was read at.
 */
export interface ReferralTimelineView {
  referralId: string;
  version: number;
  entries: TimelineEntry[];
}
