import { CalendarDate, daysBetween } from '../time/calendar-date';
import { Transition, allow, refuse } from '../pathway/transition';
import { RagRating } from './review-cadence';

/** The six risk domains recorded with every assessment, and their standard mitigation (domain.md). */
export const RISK_DOMAINS = [
  { id: 'self', label: 'Risk to self (self-harm, suicide, impulsive risk taking)', mitigation: 'Clinical review within Duty; guided self-help' },
  { id: 'others', label: 'Risk to others (aggression, harmful sexual behaviour, offending)', mitigation: 'Clinical review within Duty; guided self-help' },
  { id: 'from-others', label: 'Risk from others (neglect, abuse, exploitation)', mitigation: 'Contact details of who to contact in an emergency' },
  { id: 'deterioration', label: 'Risk of deterioration', mitigation: 'Clinical review within Duty; guided self-help; RAG review' },
  { id: 'delay-in-diagnosis', label: 'Risk of delay in diagnosis', mitigation: 'Alignment to appropriate waiting lists' },
  { id: 'disengagement', label: 'Risk of disengagement', mitigation: 'Regular contact through the Duty system' },
] as const;
export type RiskDomainId = (typeof RISK_DOMAINS)[number]['id'];

export interface RiskDomainFinding {
  domain: RiskDomainId;
  present: boolean;
  note: string | null;
}

export interface RiskAssessment {
  assessedOn: CalendarDate;
  findings: readonly RiskDomainFinding[];
  rating: RagRating;
  /** Required when the rating differs from the one in force. */
  reason: string | null;
}

/** The rating in force before this assessment, if any, and when it was set. */
export interface RatingInForce {
  rating: RagRating;
  ratedOn: CalendarDate;
}

/**
 * Whether an assessment may be recorded: every one of the six domains exactly once, a note for each
 * risk found present, not dated before the rating in force or after today, and a reason when the
 * rating changes (the history is the "RAG recall"; a change without a why is not clinically usable).
 */
export function recordRiskAssessment(current: RatingInForce | null, a: RiskAssessment, today: CalendarDate): Transition<RatingInForce> {
  const seen = new Set(a.findings.map((f) => f.domain));
  const missing = RISK_DOMAINS.filter((d) => !seen.has(d.id)).map((d) => d.id);
  if (missing.length) return refuse(`every risk domain must be recorded; missing: ${missing.join(', ')}`);
  if (seen.size !== a.findings.length) return refuse('each risk domain may be recorded only once');
  const unexplained = a.findings.filter((f) => f.present && !f.note?.trim()).map((f) => f.domain);
  if (unexplained.length) return refuse(`describe each risk found present: ${unexplained.join(', ')}`);
  if (daysBetween(today, a.assessedOn) > 0) return refuse('the assessment cannot be dated in the future', 'date');
  if (current && daysBetween(current.ratedOn, a.assessedOn) < 0) {
    return refuse(`the assessment cannot be dated before the rating in force (set on ${current.ratedOn})`, 'date');
  }
  if (current && current.rating !== a.rating && !a.reason?.trim()) {
    return refuse(`say why the rating changes from ${current.rating} to ${a.rating}`);
  }
  return allow({ rating: a.rating, ratedOn: a.assessedOn });
}

/**
 * A RED child must have a named lead professional; until one is allocated the child sits on its
 * team's meeting agenda and shows as an exception on the duty list and in the report.
 */
export function needsLeadProfessional(rating: RagRating | null, leadProfessional: string | null): boolean {
  return rating === 'RED' && !leadProfessional?.trim();
}

/** The Crisis team's standards (domain.md): telephone contact within 2 hours, assessment within 24 hours. */
export const CRISIS_TARGET_MINUTES = { contact: 120, assessment: 24 * 60 } as const;
export type CrisisClock = keyof typeof CRISIS_TARGET_MINUTES;

/** When a Crisis referral made at `referredAt` must have had its contact / assessment. */
export function crisisDeadline(referredAt: Date, clock: CrisisClock): Date {
  return new Date(referredAt.getTime() + CRISIS_TARGET_MINUTES[clock] * 60_000);
}

/** A Crisis clock at `now`: met (done in time), missed (done late, or not done and past), or running. */
export function crisisClockState(referredAt: Date, clock: CrisisClock, doneAt: Date | null, now: Date): 'met' | 'missed' | 'running' {
  const deadline = crisisDeadline(referredAt, clock).getTime();
  if (doneAt) return doneAt.getTime() <= deadline ? 'met' : 'missed';
  return now.getTime() > deadline ? 'missed' : 'running';
}
