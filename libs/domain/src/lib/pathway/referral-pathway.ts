import { CalendarDate, compareDates } from '../time/calendar-date';
import { Transition, allow, refuse } from './transition';

/**
 * Where a referral is on the pathway (domain.md, "The pathway"):
 * received → ACCESS → ASSESSMENT → accepted (waiting for / in treatment on its waits) → discharged.
 * Access may close the referral (redirected to another agency, returned to the referrer);
 * specialist teams skip access and start in assessment.
 */
export type ReferralStage = 'access' | 'assessment' | 'accepted' | 'redirected' | 'returned' | 'discharged';

export const CLOSED_STAGES: readonly ReferralStage[] = ['redirected', 'returned', 'discharged'];

export interface ReferralPathway {
  stage: ReferralStage;
  receivedOn: CalendarDate;
  accessCompletedOn: CalendarDate | null;
  accessOutcome: 'accepted' | 'redirected' | 'returned' | null;
  assessmentCompletedOn: CalendarDate | null;
  assessmentOutcome: 'accepted' | 'discharged' | null;
  dischargedOn: CalendarDate | null;
}

/**
 * A new referral: in access, or straight into assessment for a team that bypasses access. A bypass is
 * recorded as access accepted on the day of receipt — the PTL extract (spec/ptl-extract.md) has no
 * other way to say it, and allows an assessment only after access was accepted — so the referral is
 * "in assessment" from that day in the report and survives an export and re-import unchanged.
 */
export function receiveReferral(receivedOn: CalendarDate, teamBypassesAccess: boolean): ReferralPathway {
  return {
    stage: teamBypassesAccess ? 'assessment' : 'access',
    receivedOn,
    accessCompletedOn: teamBypassesAccess ? receivedOn : null,
    accessOutcome: teamBypassesAccess ? 'accepted' : null,
    assessmentCompletedOn: null,
    assessmentOutcome: null,
    dischargedOn: null,
  };
}

export type AccessOutcome =
  | { outcome: 'accepted' }
  | { outcome: 'redirected'; destination: string }
  | { outcome: 'returned'; reason: string };

/** The latest date already recorded on the pathway; later moves may not be dated before it. */
export function lastPathwayDate(p: ReferralPathway): CalendarDate {
  return [p.receivedOn, p.accessCompletedOn, p.assessmentCompletedOn, p.dischargedOn]
    .filter((d): d is CalendarDate => d !== null)
    .reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
}

function notBefore(p: ReferralPathway, on: CalendarDate, what: string): string | null {
  const last = lastPathwayDate(p);
  return compareDates(on, last) < 0 ? `${what} (${on}) cannot be before ${last}, the referral's latest recorded date` : null;
}

/** Complete access (the first contact): accepted goes on to assessment; redirected and returned close the referral. */
export function completeAccess(p: ReferralPathway, on: CalendarDate, result: AccessOutcome): Transition<ReferralPathway> {
  if (p.stage !== 'access') return refuse(`access can only be completed while the referral is in access; it is ${describeStage(p.stage)}`, 'state');
  const early = notBefore(p, on, 'the access date');
  if (early) return refuse(early, 'date');
  if (result.outcome === 'redirected' && !result.destination.trim()) return refuse('a redirected referral needs the agency it was redirected to');
  if (result.outcome === 'returned' && !result.reason.trim()) return refuse('a returned referral needs the reason it was returned');
  // Redirected and returned close the referral at access; they are not discharges from the service.
  const stage: ReferralStage = result.outcome === 'accepted' ? 'assessment' : result.outcome;
  return allow({ ...p, stage, accessCompletedOn: on, accessOutcome: result.outcome });
}

export type AssessmentOutcome = { outcome: 'accepted'; lists: readonly string[] } | { outcome: 'discharged'; reason: string };

/** Complete assessment: accepted into the service onto one or more waiting lists, or discharged. */
export function completeAssessment(p: ReferralPathway, on: CalendarDate, result: AssessmentOutcome): Transition<ReferralPathway> {
  if (p.stage !== 'assessment') return refuse(`assessment can only be completed while the referral is in assessment; it is ${describeStage(p.stage)}`, 'state');
  const early = notBefore(p, on, 'the assessment date');
  if (early) return refuse(early, 'date');
  if (result.outcome === 'accepted') {
    if (result.lists.length === 0) return refuse('a child accepted into the service goes onto at least one waiting list');
    if (new Set(result.lists).size !== result.lists.length) return refuse('each waiting list can be named only once');
    return allow({ ...p, stage: 'accepted', assessmentCompletedOn: on, assessmentOutcome: 'accepted' });
  }
  if (!result.reason.trim()) return refuse('a discharge needs a reason');
  return allow({ ...p, stage: 'discharged', assessmentCompletedOn: on, assessmentOutcome: 'discharged', dischargedOn: on });
}

/** Close the episode of care, from any open stage. The caller ends the referral's open waits on the same date. */
export function dischargeReferral(p: ReferralPathway, on: CalendarDate, reason: string): Transition<ReferralPathway> {
  if (CLOSED_STAGES.includes(p.stage)) return refuse(`the referral is already closed (${describeStage(p.stage)})`, 'state');
  const early = notBefore(p, on, 'the discharge date');
  if (early) return refuse(early, 'date');
  if (!reason.trim()) return refuse('a discharge needs a reason');
  return allow({ ...p, stage: 'discharged', dischargedOn: on });
}

export function describeStage(stage: ReferralStage): string {
  const words: Record<ReferralStage, string> = {
    access: 'in access',
    assessment: 'in assessment',
    accepted: 'accepted into the service',
    redirected: 'redirected at access',
    returned: 'returned at access',
    discharged: 'discharged',
  };
  return words[stage];
}
