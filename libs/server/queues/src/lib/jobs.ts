import { QUEUE, QueueName } from './queue-names';

/**
 * A job type: its queue, its explicit name (never a class name), its payload (ids only) and its
 * deterministic id. The same intent always yields the same job id, so adding it twice is harmless.
 */
export interface JobDefinition<P extends Record<string, string>> {
  readonly queue: QueueName;
  readonly name: string;
  jobId(payload: P): string;
}

export interface AcknowledgeReferralPayload extends Record<string, string> {
  referralId: string;
}

/** Stage work about one referral (letters owed when it leaves a stage; its clocks when it enters one). */
export interface ReferralStagePayload extends Record<string, string> {
  referralId: string;
}

/** The 13/18-week clocks of a wait just opened (checked for its whole referral). */
export interface WaitClocksPayload extends Record<string, string> {
  referralId: string;
  waitId: string;
}

/** A sweep over every running clock of its queue's stage; from a job scheduler. */
export type ClockSweepPayload = Record<string, never>;

/** Runs every few seconds from a job scheduler: generates the PDF of every queued letter (level-triggered). */
export type GenerateLettersPayload = Record<string, never>;

/** The daily duty run: reconcile the duty schedule from PostgreSQL and open the day's review tasks. */
export type RunDutyDayPayload = Record<string, never>;

/** The day's waiting-list letters: queue those the duty schedule has falling due (GREEN every 91 days; AMBER's opt-in letter at the review). */
export type IssueWaitingListLettersPayload = Record<string, never>;

/** From a job scheduler: open the Crisis clocks of new escalations and mark those past their deadline undone as missed (level-triggered). */
export type CrisisClockSweepPayload = Record<string, never>;

/** Runs daily from a job scheduler; on the morning after a report day it stores that day's snapshots. */
export type TakeReportSnapshotsPayload = Record<string, never>;

/** A sitting whose agenda was issued: its members' pre-read pack (one PDF, stored once). */
export interface PreReadPackPayload extends Record<string, string> {
  sittingId: string;
}

/** Daily from a job scheduler: open the outcome reviews falling due, and the reminders of panel actions due (level-triggered). */
export type PanelSweepPayload = Record<string, never>;

/** BullMQ refuses ':' in custom ids (it separates key parts), so ids use '-'. */
export const JOBS = {
  acknowledgeReferral: {
    queue: QUEUE.access,
    name: 'acknowledge-referral',
    jobId: (p: AcknowledgeReferralPayload) => `ack-${p.referralId}`,
  } satisfies JobDefinition<AcknowledgeReferralPayload>,
  accessOutcomeLetters: {
    queue: QUEUE.access,
    name: 'access-outcome-letters',
    jobId: (p: ReferralStagePayload) => `access-outcome-${p.referralId}`,
  } satisfies JobDefinition<ReferralStagePayload>,
  checkAccessClock: {
    queue: QUEUE.access,
    name: 'check-access-clock',
    jobId: (p: ReferralStagePayload) => `access-clock-${p.referralId}`,
  } satisfies JobDefinition<ReferralStagePayload>,
  sweepAccessClocks: {
    queue: QUEUE.access,
    name: 'sweep-access-clocks',
    jobId: () => 'access-clocks',
  } satisfies JobDefinition<ClockSweepPayload>,
  assessmentOutcomeLetters: {
    queue: QUEUE.assessment,
    name: 'assessment-outcome-letters',
    jobId: (p: ReferralStagePayload) => `assessment-outcome-${p.referralId}`,
  } satisfies JobDefinition<ReferralStagePayload>,
  checkWaitClocks: {
    queue: QUEUE.treatment,
    name: 'check-wait-clocks',
    jobId: (p: WaitClocksPayload) => `wait-clocks-${p.waitId}`,
  } satisfies JobDefinition<WaitClocksPayload>,
  sweepTreatmentClocks: {
    queue: QUEUE.treatment,
    name: 'sweep-treatment-clocks',
    jobId: () => 'treatment-clocks',
  } satisfies JobDefinition<ClockSweepPayload>,
  dischargeLetters: {
    queue: QUEUE.treatment,
    name: 'discharge-letters',
    jobId: (p: ReferralStagePayload) => `discharge-${p.referralId}`,
  } satisfies JobDefinition<ReferralStagePayload>,
  generateLetters: {
    queue: QUEUE.letters,
    name: 'generate-letters',
    jobId: () => 'generate-letters',
  } satisfies JobDefinition<GenerateLettersPayload>,
  issueWaitingListLetters: {
    queue: QUEUE.letters,
    name: 'issue-waiting-list-letters',
    jobId: () => 'waiting-list-letters',
  } satisfies JobDefinition<IssueWaitingListLettersPayload>,
  runDutyDay: {
    queue: QUEUE.duty,
    name: 'run-duty-day',
    jobId: () => 'duty-day',
  } satisfies JobDefinition<RunDutyDayPayload>,
  sweepCrisisClocks: {
    queue: QUEUE.duty,
    name: 'sweep-crisis-clocks',
    jobId: () => 'crisis-clocks',
  } satisfies JobDefinition<CrisisClockSweepPayload>,
  takeReportSnapshots: {
    queue: QUEUE.reports,
    name: 'take-report-snapshots',
    jobId: () => 'report-snapshots',
  } satisfies JobDefinition<TakeReportSnapshotsPayload>,
  generatePreReadPack: {
    queue: QUEUE.panels,
    name: 'generate-pre-read-pack',
    jobId: (p: PreReadPackPayload) => `pre-read-pack-${p.sittingId}`,
  } satisfies JobDefinition<PreReadPackPayload>,
  scheduleOutcomeReviews: {
    queue: QUEUE.panels,
    name: 'schedule-outcome-reviews',
    jobId: () => 'outcome-reviews',
  } satisfies JobDefinition<PanelSweepPayload>,
  remindPanelActions: {
    queue: QUEUE.panels,
    name: 'remind-panel-actions',
    jobId: () => 'panel-action-reminders',
  } satisfies JobDefinition<PanelSweepPayload>,
} as const;

/**
 * The clock sweeps: every 15 minutes (a flag is a date rule, so this is ample), plus one at worker
 * start-up per day so a freshly started or restarted service flags at once.
 */
export const CLOCK_SWEEP_SCHEDULERS = {
  access: { id: 'access-clock-sweep', pattern: '*/15 * * * *', tz: 'Europe/London', job: JOBS.sweepAccessClocks },
  treatment: { id: 'treatment-clock-sweep', pattern: '*/15 * * * *', tz: 'Europe/London', job: JOBS.sweepTreatmentClocks },
} as const;

/** The duty day runs early every morning (Europe/London), and once at worker start-up each hour it is restarted. */
export const DUTY_DAY_SCHEDULER = { id: 'duty-day', pattern: '30 5 * * *', tz: 'Europe/London', job: JOBS.runDutyDay } as const;

/**
 * The day's waiting-list letters, a quarter of an hour after the duty day has re-planned the schedule
 * (Europe/London), and once at worker start-up each hour it is restarted.
 */
export const WAITING_LIST_LETTER_SCHEDULER = { id: 'waiting-list-letters', pattern: '45 5 * * *', tz: 'Europe/London', job: JOBS.issueWaitingListLetters } as const;

/**
 * The Crisis clocks' sweep: every 5 minutes, as the clocks run in hours not days (the duty list works the
 * state out at the moment it is read, so the sweep only records the miss), plus one at worker start-up.
 */
export const CRISIS_CLOCK_SWEEP_SCHEDULER = { id: 'crisis-clock-sweep', pattern: '*/5 * * * *', tz: 'Europe/London', job: JOBS.sweepCrisisClocks } as const;

/** The daily scheduler of the report snapshots (Europe/London, 02:00). */
export const REPORT_SNAPSHOT_SCHEDULER = { id: 'ptl-report-snapshots', pattern: '0 2 * * *', tz: 'Europe/London', job: JOBS.takeReportSnapshots } as const;

/**
 * The letter generator runs every 5 seconds: queued letters live in PostgreSQL, so a run finds
 * whatever is owed (nothing lost to a flushed queue or a killed worker); each run is one short job.
 */
export const LETTER_GENERATION_SCHEDULER = { id: 'letter-generation', everyMs: 5_000 } as const;

/** The panel's daily runs (Europe/London): outcome reviews falling due, then reminders of actions due. */
export const PANEL_REVIEW_SCHEDULER = { id: 'panel-outcome-reviews', pattern: '0 6 * * *', tz: 'Europe/London', job: JOBS.scheduleOutcomeReviews } as const;
export const PANEL_ACTION_REMINDER_SCHEDULER = { id: 'panel-action-reminders', pattern: '15 6 * * *', tz: 'Europe/London', job: JOBS.remindPanelActions } as const;

export type JobName = (typeof JOBS)[keyof typeof JOBS]['name'];
