import {
  DutyContactType,
  EscalationAction,
  IncomingContactKind,
  RagRatingName,
  SafeguardingDecisionName,
  SafeguardingOwner,
  SafeguardingReason,
} from '@camhs/contracts';
import { RAG_LABELS, UNRATED } from '../referrals/detail/referral-detail-labels';

/** Duty words for staff. A RAG rating is always written out; its colour only repeats it (RAG_LABELS). */

export const DUTY_CONTACT_TYPE_LABELS: Readonly<Record<DutyContactType, string>> = {
  telephone: 'Telephone',
  'face-to-face': 'Face to face',
  letter: 'Letter',
};

export const ESCALATION_LABELS: Readonly<Record<EscalationAction, string>> = {
  'face-to-face-offered': 'Face-to-face duty appointment offered',
  'crisis-referral': 'Referred to the Crisis team',
};

export const INCOMING_CONTACT_LABELS: Readonly<Record<IncomingContactKind, string>> = {
  call: 'Telephone call',
  letter: 'Letter',
};

export const SAFEGUARDING_REASON_LABELS: Readonly<Record<SafeguardingReason, string>> = {
  dna: 'Did not attend (DNA)',
  'no-response': 'No response to letters',
};

export const SAFEGUARDING_DECISION_LABELS: Readonly<Record<SafeguardingDecisionName, string>> = {
  'discharge-may-proceed': 'Discharge may proceed: admin may send the discharge letter',
  'keep-open': 'Keep the referral open',
};

export const CHECKLIST_ANSWER_OPTIONS = [
  { value: 'done', text: 'Done' },
  { value: 'not-done', text: 'Not done' },
] as const;

/** The rating in words and its tag class; "Not rated" for a child with no rating yet. */
export function ragLabel(rating: RagRatingName | null): { text: string; tagClass: string } {
  return rating ? RAG_LABELS[rating] : UNRATED;
}

/** Who makes a safeguarding decision, in words. */
export function safeguardingOwnerText(owner: SafeguardingOwner): string {
  return owner.kind === 'duty' ? 'Duty' : `${owner.name} (lead professional)`;
}
