import { AppointmentView, ReferralView, WaitView } from '@camhs/contracts';
import {
  CLOSED_STAGES,
  ReferralPathway,
  Transition,
  addWait,
  completeAccess,
  completeAssessment,
  dischargeReferral,
  lastPathwayDate,
  recordAppointmentOutcome,
  removeWait,
  startTreatment,
} from '@camhs/domain';

/** Actions on the referral itself, in the order they are offered. */
export const REFERRAL_ACTIONS = ['complete-access', 'complete-assessment', 'add-wait', 'book-appointment', 'discharge'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];
export type WaitAction = 'start-treatment' | 'remove-wait';
export type AppointmentAction = 'record-outcome';

/** The referral's pathway as the domain sees it. */
export function pathwayOf(referral: ReferralView): ReferralPathway {
  return {
    stage: referral.stage,
    receivedOn: referral.receivedOn,
    accessCompletedOn: referral.accessCompletedOn,
    accessOutcome: referral.accessOutcome,
    assessmentCompletedOn: referral.assessmentCompletedOn,
    assessmentOutcome: referral.assessmentOutcome,
    dischargedOn: referral.dischargedOn,
  };
}

/**
 * Whether the recorded state allows a move: the move is tried in the domain with well-formed
 * details, and only a refusal about the *state* (what the API answers with 409) rules it out.
 * Dates and details are the form's business, checked with the same functions on what is entered.
 */
const stateAllows = <T>(move: Transition<T>): boolean => move.ok || move.concern !== 'state';

/** The referral-level actions its stage allows, decided by the same domain functions the API uses. */
export function referralActions(referral: ReferralView): ReferralAction[] {
  const p = pathwayOf(referral);
  const on = lastPathwayDate(p);
  const allowed: Record<ReferralAction, boolean> = {
    'complete-access': stateAllows(completeAccess(p, on, { outcome: 'accepted' })),
    'complete-assessment': stateAllows(completeAssessment(p, on, { outcome: 'discharged', reason: 'any' })),
    // With no existing waits, the only state that refuses a wait is the referral's stage.
    'add-wait': stateAllows(addWait(p, [], 'any', on)),
    // The API refuses to book on a closed referral (and nothing else about the state).
    'book-appointment': !CLOSED_STAGES.includes(p.stage),
    discharge: stateAllows(dischargeReferral(p, on, 'any')),
  };
  return REFERRAL_ACTIONS.filter((action) => allowed[action]);
}

/** An open wait can have treatment started or be removed; an ended one neither. */
export function waitActions(wait: WaitView): WaitAction[] {
  const actions: WaitAction[] = [];
  if (stateAllows(startTreatment(wait, wait.addedOn))) actions.push('start-treatment');
  if (stateAllows(removeWait(wait, wait.addedOn))) actions.push('remove-wait');
  return actions;
}

/** A booked appointment's outcome can be recorded once. */
export function appointmentActions(appointment: AppointmentView): AppointmentAction[] {
  return stateAllows(recordAppointmentOutcome(appointment.status, 'attended')) ? ['record-outcome'] : [];
}
