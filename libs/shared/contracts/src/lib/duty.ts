import type { RiskDomainId } from '@camhs/domain';
import type { IsoDate, IsoDateTime } from './common';
import type { RagRatingName } from './referrals';

export { RISK_DOMAINS } from '@camhs/domain';
export type { RiskDomainId } from '@camhs/domain';

/** One of the six risk domains as recorded: present or absent, with a note (required when present). */
export interface RiskFinding {
  domain: RiskDomainId;
  present: boolean;
  note?: string | null;
}

/** POST /api/referrals/{id}/risk-assessments */
export interface RecordRiskAssessmentRequest {
  /** The referral's version as last loaded. */
  version: number;
  assessedOn: IsoDate;
  /** All six domains, once each. */
  findings: RiskFinding[];
  rating: RagRatingName;
  /** Required when the rating changes. */
  reason?: string | null;
  /** RED only: the lead professional's review interval, 7–31 days (14 when not given). */
  redIntervalDays?: number | null;
}

/** One entry of the rating history ("RAG recall"), newest first. */
export interface RiskAssessmentView {
  id: string;
  assessedOn: IsoDate;
  rating: RagRatingName;
  previousRating: RagRatingName | null;
  reason: string | null;
  findings: { domain: RiskDomainId; present: boolean; note: string | null }[];
  recordedBy: string;
  recordedAt: IsoDateTime;
}

/** The child's duty schedule as planned now. */
export interface DutyPlanView {
  rating: RagRatingName | null;
  intervalDays: number;
  nextReviewOn: IsoDate;
  nextLetterOn: IsoDate | null;
}

export interface RecordRiskAssessmentResult {
  assessment: RiskAssessmentView;
  /** Null when the child is not waiting for treatment (no open wait): no duty reviews are planned. */
  plan: DutyPlanView | null;
  /** RED with no lead professional: the child is on the team meeting agenda. */
  onTeamMeetingAgenda: boolean;
  /** The referral's new version. */
  version: number;
}

/** POST /api/referrals/{id}/lead-professional */
export interface AllocateLeadProfessionalRequest {
  version: number;
  /** A user holding the lead-professional role in the referral's team. */
  userId: string;
}

/** GET /api/teams/{team}/meeting-agenda — RED children waiting for a named lead professional. */
export interface MeetingAgendaItem {
  referralId: string;
  childId: string;
  childName: string;
  team: string;
  /** The day the child was rated RED. */
  redSince: IsoDate;
  /** Days since then without a lead professional. */
  daysWithoutLeadProfessional: number;
}

/** A user who may be allocated as lead professional for a team. */
export interface LeadProfessionalOption {
  userId: string;
  displayName: string;
}

// ─── The daily duty list (issue 5): sections, tasks and claims ───────────────────────────────────

export { REVIEW_CHECKLIST, reviewChecklist } from '@camhs/domain';

/** The sections of `GET /api/duty/today`, in the order the page shows them. */
export const DUTY_SECTIONS = ['reviewsDueToday', 'overdue', 'newReferralsToScreen', 'redWithoutLeadProfessional', 'safeguardingDecisions', 'callsAndLetters'] as const;
export type DutySectionName = (typeof DUTY_SECTIONS)[number];

export const DUTY_SECTION_LABELS: Readonly<Record<DutySectionName, string>> = {
  reviewsDueToday: 'Reviews due today',
  overdue: 'Overdue reviews',
  newReferralsToScreen: 'New referrals to screen',
  redWithoutLeadProfessional: 'RED without a lead professional',
  safeguardingDecisions: 'DNA / no response — safeguarding decision needed',
  callsAndLetters: 'Calls and letters to respond to',
};

/**
 * What a duty task asks for. `review`: a scheduled duty review; `screening`: a new referral to
 * screen for an immediate response; `contact`: an incoming call or letter to respond to;
 * `safeguarding`: a decision after a DNA or no response.
 */
export const DUTY_TASK_KINDS = ['review', 'screening', 'contact', 'safeguarding'] as const;
export type DutyTaskKind = (typeof DUTY_TASK_KINDS)[number];

/** Who holds a task, so two clinicians do not phone the same family. */
export interface DutyTaskClaim {
  userId: string;
  name: string;
  at: IsoDateTime;
}

export const INCOMING_CONTACT_KINDS = ['call', 'letter'] as const;
export type IncomingContactKind = (typeof INCOMING_CONTACT_KINDS)[number];

export const SAFEGUARDING_REASONS = ['dna', 'no-response'] as const;
export type SafeguardingReason = (typeof SAFEGUARDING_REASONS)[number];
/** Who decides: the child's lead professional when RED and one is named, otherwise Duty. */
export type SafeguardingOwner = { kind: 'duty' } | { kind: 'lead-professional'; userId: string; name: string };

/**
 * One row of the duty list. Every section is ordered by risk (RED, AMBER, GREEN, unrated) then
 * lateness (earliest `dueOn` first) — the domain's `byRiskThenLateness`.
 */
export interface DutyListRow {
  /** `lead-professional-allocation`: a RED child with no lead professional (allocated at the team meeting, so not claimable). */
  kind: DutyTaskKind | 'lead-professional-allocation';
  /** The task to claim, release or complete; null for `lead-professional-allocation`. */
  taskId: string | null;
  /** The contact (`POST /api/duty/contacts/{id}/respond`) or safeguarding decision (`POST /api/duty/safeguarding/{id}/decide`); else null. */
  subjectId: string | null;
  childId: string;
  childName: string;
  referralId: string;
  /** The referral's version: send it as `version` when recording a review. */
  referralVersion: number;
  rating: RagRatingName | null;
  leadProfessional: string | null;
  /**
   * review: the day the review is due; screening: the day the referral was received (screened that
   * day); RED without LP: the day rated RED; safeguarding: the day of the DNA (or no response);
   * contact: the day it was received.
   */
  dueOn: IsoDate;
  /** Days past `dueOn` (0 when it falls today). */
  daysOverdue: number;
  /**
   * AMBER: whether the waiting-list (opt-in) letter has gone to the family since the child started
   * waiting; when it has, the review's checklist has no "waiting-list letter sent" item. False for other ratings.
   */
  optInLetterSent: boolean;
  claim: DutyTaskClaim | null;
  /** contact rows only */
  contact: { kind: IncomingContactKind; receivedAt: IsoDateTime; caller: string; summary: string; version: number } | null;
  /** safeguarding rows only */
  safeguarding: { reason: SafeguardingReason; owner: SafeguardingOwner; version: number } | null;
}

/** GET /api/duty/today?team=<code>[&limit=N] — the team's daily duty list. */
export interface DutyListView {
  team: string;
  teamName: string;
  today: IsoDate;
  /** Total rows per section (a section lists at most `limit` rows). */
  counts: Record<DutySectionName, number>;
  sections: Record<DutySectionName, DutyListRow[]>;
  /** The most rows any section lists (default 200, at most 1000). */
  limit: number;
  /** The team's Crisis clocks not yet done (running or missed), soonest deadline first: an exception above every section. */
  crisisClocks?: CrisisClockView[];
}

/** A task after POST /api/duty/tasks/{id}/claim or /release. */
export interface DutyTaskView {
  id: string;
  kind: DutyTaskKind;
  childId: string;
  referralId: string;
  subjectId: string | null;
  dueOn: IsoDate;
  claim: DutyTaskClaim | null;
  completedAt: IsoDateTime | null;
  version: number;
}

// ─── Recording a duty review ────────────────────────────────────────────────────────────────────

export const DUTY_CONTACT_TYPES = ['telephone', 'face-to-face', 'letter'] as const;
export type DutyContactType = (typeof DUTY_CONTACT_TYPES)[number];

/** One item of the rating's checklist (`reviewChecklist(rating, optInLetterSent)` ids), answered done or not. */
export interface ReviewChecklistAnswer {
  item: string;
  done: boolean;
}

/** The rating after the review. Kept: the same rating, nothing else needed. Changed: a reason and all six risk domains. */
export interface DutyReviewOutcome {
  rating: RagRatingName;
  /** Required when the rating changes. */
  reason?: string | null;
  /** Required when the rating changes (recorded as a risk assessment, the RAG recall); optional when kept. */
  findings?: RiskFinding[] | null;
  /** RED only: the lead professional's interval, 7–31 days (14 when not given). */
  redIntervalDays?: number | null;
}

export const ESCALATION_ACTIONS = ['face-to-face-offered', 'crisis-referral'] as const;
export type EscalationAction = (typeof ESCALATION_ACTIONS)[number];

/** Risk escalated: a face-to-face duty appointment offered and/or a Crisis referral, at `at` (default now; not in the future). */
export interface DutyEscalationRequest {
  actions: EscalationAction[];
  at?: IsoDateTime | null;
}

/**
 * POST /api/duty/tasks/{id}/review (a `review` task), or inside a contact's response. The checklist
 * is the one for the rating in force (for a child not yet rated: the rating given), every item
 * answered once; a 400 names `checklist.<item id>` for a missing answer. The child is re-planned
 * from `reviewedOn` in the same transaction.
 */
export interface RecordDutyReviewRequest {
  /** The referral's version as last loaded (`referralVersion` on the list row). */
  version: number;
  /** Default today; not in the future, not before the rating in force or the last review. */
  reviewedOn?: IsoDate | null;
  contactType: DutyContactType;
  checklist: ReviewChecklistAnswer[];
  outcome: DutyReviewOutcome;
  escalation?: DutyEscalationRequest | null;
  note?: string | null;
}

export interface RecordDutyReviewResult {
  reviewId: string;
  /** The attended `duty-review` appointment written for the report. */
  appointmentId: string;
  reviewedOn: IsoDate;
  ratingBefore: RagRatingName | null;
  ratingAfter: RagRatingName;
  /** The risk assessment recorded with the review (always when the rating changed), else null. */
  riskAssessmentId: string | null;
  escalations: { action: EscalationAction; at: IsoDateTime }[];
  /** The child's plan after the review; `plan.nextReviewOn` is the next due date. */
  plan: DutyPlanView | null;
  onTeamMeetingAgenda: boolean;
  /** The referral's version now. */
  referralVersion: number;
}

// ─── Calls and letters ──────────────────────────────────────────────────────────────────────────

/** POST /api/referrals/{id}/contacts — an incoming call or letter about the child. */
export interface LogContactRequest {
  kind: IncomingContactKind;
  /** Default now; not in the future. */
  receivedAt?: IsoDateTime | null;
  /** Who called or wrote (e.g. "mother", "school SENCo"). */
  caller: string;
  summary: string;
}

export interface DutyContactView {
  id: string;
  referralId: string;
  childId: string;
  kind: IncomingContactKind;
  receivedAt: IsoDateTime;
  caller: string;
  summary: string;
  loggedBy: string;
  respondedAt: IsoDateTime | null;
  respondedBy: string | null;
  response: string | null;
  /** The duty task that keeps it on the list until responded to. */
  taskId: string;
  version: number;
}

/** POST /api/duty/contacts/{id}/respond — a response that reviews the child also records a review (re-planning it). */
export interface RespondToContactRequest {
  /** The contact's version as last loaded. */
  version: number;
  response: string;
  review?: RecordDutyReviewRequest | null;
}

export interface RespondToContactResult {
  contact: DutyContactView;
  review: RecordDutyReviewResult | null;
}

// ─── Safeguarding decisions after a DNA ─────────────────────────────────────────────────────────

export const SAFEGUARDING_DECISIONS = ['discharge-may-proceed', 'keep-open'] as const;
export type SafeguardingDecisionName = (typeof SAFEGUARDING_DECISIONS)[number];

/** POST /api/duty/safeguarding/{id}/decide — until decided, the referral cannot be discharged (409). */
export interface DecideSafeguardingRequest {
  /** The decision's version as last loaded. */
  version: number;
  decision: SafeguardingDecisionName;
  /** Required for `keep-open`: the plan to keep the child safe and engaged. */
  plan?: string | null;
}

/**
 * POST /api/referrals/{id}/no-response — the family has not responded to the service's letters (domain.md:
 * "not responsive to letters"): like a DNA, it puts a safeguarding decision on the duty list for the lead
 * professional (RED) or Duty, and the referral cannot be discharged until it is made.
 */
export interface RecordNoResponseRequest {
  /** The day it was judged that there has been no response (default today; not in the future). */
  noticedOn?: IsoDate | null;
}

export interface SafeguardingDecisionView {
  id: string;
  referralId: string;
  childId: string;
  reason: SafeguardingReason;
  /** The DNA appointment. */
  appointmentId: string | null;
  raisedOn: IsoDate;
  rating: RagRatingName | null;
  owner: SafeguardingOwner;
  decision: SafeguardingDecisionName | null;
  plan: string | null;
  decidedAt: IsoDateTime | null;
  decidedBy: string | null;
  version: number;
}

// ─── Screening new referrals ────────────────────────────────────────────────────────────────────

/** POST /api/referrals/{id}/screening — once per referral; takes it off `newReferralsToScreen`. */
export interface ScreenReferralRequest {
  immediateResponse: boolean;
  /** Required when an immediate response is needed (what, and by whom). */
  note?: string | null;
  /** Default today; not in the future nor before the referral was received. */
  screenedOn?: IsoDate | null;
}

export interface ReferralScreeningView {
  referralId: string;
  screenedOn: IsoDate;
  immediateResponse: boolean;
  note: string | null;
  screenedBy: string;
  recordedAt: IsoDateTime;
}

// ─── Caseload ───────────────────────────────────────────────────────────────────────────────────

/** GET /api/duty/caseload — the caller's children as lead professional, by risk then next review. */
export interface CaseloadItem {
  referralId: string;
  childId: string;
  childName: string;
  team: string;
  rating: RagRatingName | null;
  ratedOn: IsoDate | null;
  redIntervalDays: number | null;
  /** Null when the child is not waiting for treatment (no duty reviews planned). */
  nextReviewOn: IsoDate | null;
  /** Days until the next review (negative: overdue), null with `nextReviewOn`. */
  daysUntilReview: number | null;
  nextLetterOn: IsoDate | null;
  /** The open review task, if the review is due. */
  reviewTaskId: string | null;
  claim: DutyTaskClaim | null;
  /** Safeguarding decisions outstanding on this referral (it cannot be discharged until they are made). */
  safeguardingDecisionsOutstanding: number;
}

/** The Crisis team's two standards after a crisis referral: telephone contact within 2 hours, assessment within 24. */
export type CrisisClockName = 'contact' | 'assessment';

/** A Crisis clock not yet done, on the duty list (`crisisClocks`). */
export interface CrisisClockView {
  escalationId: string;
  clock: CrisisClockName;
  childId: string;
  childName: string;
  referralId: string;
  /** When the child was referred to Crisis (the escalation's time). */
  referredAt: IsoDateTime;
  /** The deadline: referredAt + 2 hours (contact) or + 24 hours (assessment). */
  dueAt: IsoDateTime;
  /** running: the deadline is still ahead; missed: it has passed with nothing recorded. */
  state: 'running' | 'missed';
  /** Whole minutes until the deadline (negative once missed: minutes past it). */
  minutesLeft: number;
}

/** POST /api/duty/crisis-clocks/{escalationId}/{contact|assessment} — the Crisis team made contact / assessed, at `at`. */
export interface RecordCrisisClockRequest {
  at: IsoDateTime;
}

/** The clock once recorded: `met` when done by the deadline, else `missed`. */
export interface CrisisClockRecordView {
  escalationId: string;
  clock: CrisisClockName;
  referralId: string;
  referredAt: IsoDateTime;
  dueAt: IsoDateTime;
  doneAt: IsoDateTime;
  state: 'met' | 'missed';
}
