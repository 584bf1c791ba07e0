import { CalendarDate, addDays, daysBetween } from '../time/calendar-date';
import { RagRating, REVIEW_INTERVAL_DAYS } from './review-cadence';

/** The interval a lead professional may set for a RED child (domain.md: "weekly to monthly", 7–31 days). */
export const RED_INTERVAL_DAYS = { min: 7, max: 31, default: REVIEW_INTERVAL_DAYS.RED } as const;

/** GREEN children get a waiting-list letter every 3 months (domain.md; spec/ptl-extract.md "the duty schedule"). */
export const GREEN_LETTER_INTERVAL_DAYS = 91;

/** What the cadence needs to know about a child waiting for treatment. */
export interface DutyHistory {
  rating: RagRating;
  /** The day the current rating was set. */
  ratedOn: CalendarDate;
  /** RED only: the interval the lead professional set (7–31 days); 14 when not set. */
  redIntervalDays?: number | null;
  /** The latest review, or any contact that reviewed the child. */
  lastReviewOn?: CalendarDate | null;
  /** GREEN: the latest waiting-list letter sent. */
  lastWaitingListLetterOn?: CalendarDate | null;
  /** AMBER: whether the opt-in waiting-list letter has been sent (if not, it goes at the review). */
  optInLetterSent?: boolean;
}

export interface DutyPlan {
  intervalDays: number;
  nextReviewOn: CalendarDate;
  /** GREEN: the next waiting-list letter. AMBER: the review day when the opt-in letter has not been sent. Else null. */
  nextLetterOn: CalendarDate | null;
}

/** Why an interval for a RED child is not acceptable, or null. */
export function redIntervalProblem(days: number): string | null {
  if (!Number.isInteger(days)) return 'the review interval must be a whole number of days';
  if (days < RED_INTERVAL_DAYS.min || days > RED_INTERVAL_DAYS.max) {
    return `the review interval for a RED child must be between ${RED_INTERVAL_DAYS.min} and ${RED_INTERVAL_DAYS.max} days (weekly to monthly)`;
  }
  return null;
}

export function reviewIntervalDays(rating: RagRating, redIntervalDays?: number | null): number {
  if (rating !== 'RED') return REVIEW_INTERVAL_DAYS[rating];
  return redIntervalDays ?? RED_INTERVAL_DAYS.default;
}

/**
 * The next duty review (and letter) for a waiting child: one full interval of the current rating
 * after the latest review or reviewing contact, or after the rating was set when there has been no
 * review (spec/ptl-extract.md, "the duty schedule"). So a review re-plans from its own day, and a
 * rating change re-plans at once: raising a child to RED whose last review was weeks ago makes a
 * review due (or overdue) now rather than a fortnight from now.
 */
export function planDuty(h: DutyHistory): DutyPlan {
  if (h.rating === 'RED' && h.redIntervalDays != null) {
    const problem = redIntervalProblem(h.redIntervalDays);
    if (problem) throw new RangeError(problem);
  }
  const intervalDays = reviewIntervalDays(h.rating, h.redIntervalDays);
  const nextReviewOn = addDays(h.lastReviewOn ?? h.ratedOn, intervalDays);
  let nextLetterOn: CalendarDate | null = null;
  if (h.rating === 'GREEN') {
    nextLetterOn = addDays(latest(h.lastWaitingListLetterOn ?? null, h.ratedOn), GREEN_LETTER_INTERVAL_DAYS);
  } else if (h.rating === 'AMBER' && !h.optInLetterSent) {
    nextLetterOn = nextReviewOn;
  }
  return { intervalDays, nextReviewOn, nextLetterOn };
}

function latest(a: CalendarDate | null, b: CalendarDate): CalendarDate {
  return a !== null && daysBetween(b, a) > 0 ? a : b;
}

export type ReviewTiming = { state: 'upcoming'; inDays: number } | { state: 'due-today' } | { state: 'overdue'; daysOverdue: number };

/** Where a review due on `dueOn` stands on `today`. */
export function reviewTiming(dueOn: CalendarDate, today: CalendarDate): ReviewTiming {
  const d = daysBetween(today, dueOn);
  if (d > 0) return { state: 'upcoming', inDays: d };
  if (d === 0) return { state: 'due-today' };
  return { state: 'overdue', daysOverdue: -d };
}

const RISK_ORDER: Readonly<Record<RagRating, number>> = { RED: 0, AMBER: 1, GREEN: 2 };

/** The duty list's order: higher risk first, then the most overdue, then the earliest due. */
export function byRiskThenLateness(a: { rating: RagRating | null; dueOn: CalendarDate }, b: { rating: RagRating | null; dueOn: CalendarDate }): number {
  const risk = (r: RagRating | null) => (r === null ? 3 : RISK_ORDER[r]);
  return risk(a.rating) - risk(b.rating) || daysBetween(b.dueOn, a.dueOn);
}

/** What every review records, by rating (domain.md, "The Duty system and RAG ratings"). */
export const REVIEW_CHECKLIST: Readonly<Record<RagRating, readonly { id: string; label: string; onlyWhenOptInLetterNotSent?: true }[]>> = {
  RED: [
    { id: 'care-plan-and-risk-assessment-updated', label: 'Care plan and risk assessment updated' },
    { id: 'rag-recall-updated', label: 'RAG recall updated' },
  ],
  AMBER: [
    { id: 'risk-assessment-and-care-plan-reviewed', label: 'Risk assessment and care plan reviewed' },
    { id: 'guided-self-help-given', label: 'Guided self-help given' },
    { id: 'waiting-list-letter-sent', label: 'Waiting-list letter sent (the opt-in letter has not been sent)', onlyWhenOptInLetterNotSent: true },
    { id: 'rag-recall-updated', label: 'RAG recall updated' },
    { id: 'duty-survey-sent', label: 'Duty survey sent' },
  ],
  GREEN: [
    { id: 'risk-assessment-and-care-plan-reviewed', label: 'Risk assessment and care plan reviewed' },
    { id: 'guided-self-help-given', label: 'Guided self-help given' },
    { id: 'rag-recall-updated', label: 'RAG recall updated' },
    { id: 'duty-survey-sent', label: 'Duty survey sent' },
  ],
};

/** The checklist a review of this child must complete. */
export function reviewChecklist(rating: RagRating, optInLetterSent: boolean) {
  return REVIEW_CHECKLIST[rating].filter((item) => !item.onlyWhenOptInLetterNotSent || !optInLetterSent);
}
