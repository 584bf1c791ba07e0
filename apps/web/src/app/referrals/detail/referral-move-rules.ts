import { ACCESS_OUTCOMES, ASSESSMENT_OUTCOMES, CompleteAccessRequest, CompleteAssessmentRequest, DischargeReferralRequest, ReferralView } from '@camhs/contracts';
import { AccessOutcome, AssessmentOutcome, completeAccess, completeAssessment, dischargeReferral, isWaitOpen, removeWait } from '@camhs/domain';
import { MessageList, Messages } from './form-messages';
import { pathwayOf } from './pathway-actions';

/**
 * The three moves of the referral itself — complete access, complete assessment, discharge — as
 * forms: their fields (also the inputs' ids), the API's field names for them, the checks made in
 * the browser (the API's own rules, then the same domain function the API runs) and the request.
 */

export const ACCESS_FIELDS = ['accessCompletedOn', 'accessOutcome', 'accessDestination', 'accessReason'] as const;
export type AccessField = (typeof ACCESS_FIELDS)[number];
export type AccessFormValue = Record<AccessField, string>;
export const ACCESS_API_FIELDS: Readonly<Record<string, AccessField>> = {
  completedOn: 'accessCompletedOn',
  outcome: 'accessOutcome',
  destination: 'accessDestination',
  reason: 'accessReason',
};

function accessOutcome(value: AccessFormValue): AccessOutcome {
  if (value.accessOutcome === 'redirected') return { outcome: 'redirected', destination: value.accessDestination.trim() };
  if (value.accessOutcome === 'returned') return { outcome: 'returned', reason: value.accessReason.trim() };
  return { outcome: 'accepted' };
}

export function validateAccess(value: AccessFormValue, referral: ReferralView): Messages<AccessField> {
  const m = new MessageList<AccessField>();
  m.date('accessCompletedOn', value.accessCompletedOn, 'Enter the date of the first contact', 'Date of the first contact');
  if (!(ACCESS_OUTCOMES as readonly string[]).includes(value.accessOutcome)) m.add('accessOutcome', 'Select the outcome of access');
  if (value.accessOutcome === 'redirected') m.note('accessDestination', value.accessDestination, 'Enter the agency the referral was redirected to', 'Agency');
  if (value.accessOutcome === 'returned') m.note('accessReason', value.accessReason, 'Enter why the referral was returned', 'Reason');
  if (m.empty) {
    const moved = completeAccess(pathwayOf(referral), value.accessCompletedOn, accessOutcome(value));
    if (!moved.ok) {
      const detail: AccessField = value.accessOutcome === 'redirected' ? 'accessDestination' : value.accessOutcome === 'returned' ? 'accessReason' : 'accessOutcome';
      m.refusal(moved.concern === 'date' ? 'accessCompletedOn' : detail, moved);
    }
  }
  return m.messages;
}

export function toAccessRequest(value: AccessFormValue, referral: ReferralView): CompleteAccessRequest {
  const result = accessOutcome(value);
  return {
    version: referral.version,
    completedOn: value.accessCompletedOn,
    outcome: result.outcome,
    ...(result.outcome === 'redirected' ? { destination: result.destination } : {}),
    ...(result.outcome === 'returned' ? { reason: result.reason } : {}),
  };
}

export const ASSESSMENT_FIELDS = ['assessmentCompletedOn', 'assessmentOutcome', 'assessmentLists', 'assessmentReason'] as const;
export type AssessmentField = (typeof ASSESSMENT_FIELDS)[number];
export interface AssessmentFormValue {
  assessmentCompletedOn: string;
  assessmentOutcome: string;
  /** The waiting lists ticked, in the order they are listed. */
  assessmentLists: readonly string[];
  assessmentReason: string;
}
export const ASSESSMENT_API_FIELDS: Readonly<Record<string, AssessmentField>> = {
  completedOn: 'assessmentCompletedOn',
  outcome: 'assessmentOutcome',
  lists: 'assessmentLists',
  reason: 'assessmentReason',
};
/** The API takes at most 20 lists at once. */
export const MAX_LISTS = 20;

function assessmentOutcome(value: AssessmentFormValue): AssessmentOutcome {
  return value.assessmentOutcome === 'accepted'
    ? { outcome: 'accepted', lists: value.assessmentLists }
    : { outcome: 'discharged', reason: value.assessmentReason.trim() };
}

export function validateAssessment(value: AssessmentFormValue, referral: ReferralView): Messages<AssessmentField> {
  const m = new MessageList<AssessmentField>();
  m.date('assessmentCompletedOn', value.assessmentCompletedOn, 'Enter the date assessment was completed', 'Date assessment was completed');
  if (!(ASSESSMENT_OUTCOMES as readonly string[]).includes(value.assessmentOutcome)) m.add('assessmentOutcome', 'Select the outcome of assessment');
  if (value.assessmentOutcome === 'accepted') {
    if (value.assessmentLists.length === 0) m.add('assessmentLists', 'Select at least one waiting list');
    else if (value.assessmentLists.length > MAX_LISTS) m.add('assessmentLists', `Select ${MAX_LISTS} waiting lists or fewer`);
  }
  if (value.assessmentOutcome === 'discharged') m.note('assessmentReason', value.assessmentReason, 'Enter why the child is discharged', 'Reason');
  if (m.empty) {
    const moved = completeAssessment(pathwayOf(referral), value.assessmentCompletedOn, assessmentOutcome(value));
    if (!moved.ok) {
      const detail: AssessmentField = value.assessmentOutcome === 'accepted' ? 'assessmentLists' : 'assessmentReason';
      m.refusal(moved.concern === 'date' ? 'assessmentCompletedOn' : detail, moved);
    }
  }
  return m.messages;
}

export function toAssessmentRequest(value: AssessmentFormValue, referral: ReferralView): CompleteAssessmentRequest {
  const result = assessmentOutcome(value);
  return {
    version: referral.version,
    completedOn: value.assessmentCompletedOn,
    ...(result.outcome === 'accepted' ? { outcome: 'accepted', lists: [...result.lists] } : { outcome: 'discharged', reason: result.reason }),
  };
}

export const DISCHARGE_FIELDS = ['dischargedOn', 'dischargeReason'] as const;
export type DischargeField = (typeof DISCHARGE_FIELDS)[number];
export type DischargeFormValue = Record<DischargeField, string>;
export const DISCHARGE_API_FIELDS: Readonly<Record<string, DischargeField>> = { dischargedOn: 'dischargedOn', reason: 'dischargeReason' };

export function validateDischarge(value: DischargeFormValue, referral: ReferralView): Messages<DischargeField> {
  const m = new MessageList<DischargeField>();
  m.date('dischargedOn', value.dischargedOn, 'Enter the date of discharge', 'Date of discharge');
  m.note('dischargeReason', value.dischargeReason, 'Enter the reason for discharge', 'Reason');
  if (m.empty) {
    const moved = dischargeReferral(pathwayOf(referral), value.dischargedOn, value.dischargeReason.trim());
    if (!moved.ok) m.refusal(moved.concern === 'date' ? 'dischargedOn' : 'dischargeReason', moved);
    // Open waits end on the day of discharge, so none may have begun after it (the API checks the same).
    for (const wait of referral.waits.filter(isWaitOpen)) {
      const ended = removeWait(wait, value.dischargedOn);
      if (!ended.ok && !m.has('dischargedOn')) m.refusal('dischargedOn', ended);
    }
  }
  return m.messages;
}

export function toDischargeRequest(value: DischargeFormValue, referral: ReferralView): DischargeReferralRequest {
  return { version: referral.version, dischargedOn: value.dischargedOn, reason: value.dischargeReason.trim() };
}
