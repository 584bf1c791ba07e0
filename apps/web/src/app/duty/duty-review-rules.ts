import {
  DUTY_CONTACT_TYPES,
  DutyContactType,
  DutyListRow,
  EscalationAction,
  RAG_RATINGS,
  RagRatingName,
  RecordDutyReviewRequest,
  RecordDutyReviewResult,
  reviewChecklist,
} from '@camhs/contracts';
import { CalendarDate, daysBetween, redIntervalProblem } from '@camhs/domain';
import { formatDate } from '../referrals/date-format';
import { MessageList, Messages, sentence } from '../referrals/detail/form-messages';
import { ESCALATION_LABELS, ragLabel } from './duty-labels';
import { DUTY_NOTE_MAX, RISK_FIELDS, RiskField, RiskFindingsValue, checkFindings, findingsFieldFor, toFindings } from './risk-findings';

/**
 * Record a duty review (from a review task, or inside the response to a call or letter): how the
 * child was contacted, the checklist for the child's rating exactly as the domain lists it (every
 * item answered done or not done), the rating after the review (a change needs a reason and the
 * six risk domains), any escalation, and a note.
 */

/** One checklist item's field: `checklist-<item id>`. */
export type ChecklistField = `checklist-${string}`;
export type ReviewField =
  | 'reviewedOn'
  | 'contactType'
  | ChecklistField
  | 'outcomeRating'
  | 'outcomeReason'
  | RiskField
  | 'redIntervalDays'
  | 'escalation'
  | 'reviewNote';

export const checklistField = (item: string): ChecklistField => `checklist-${item}`;

/** What the form needs to know of the child reviewed: the rating in force (null: not rated yet) and, for AMBER, whether the opt-in letter has gone. */
export type ReviewedChild = Pick<DutyListRow, 'rating' | 'optInLetterSent'>;

export interface ReviewFormValue extends RiskFindingsValue {
  reviewedOn: string;
  contactType: string;
  /** Item id → `done`, `not-done`, or empty when not answered yet. */
  checklist: Readonly<Record<string, string>>;
  outcomeRating: string;
  outcomeReason: string;
  redIntervalDays: string;
  faceToFaceOffered: boolean;
  crisisReferral: boolean;
  reviewNote: string;
}

function isRating(value: string): value is RagRatingName {
  return (RAG_RATINGS as readonly string[]).includes(value);
}

function isContactType(value: string): value is DutyContactType {
  return (DUTY_CONTACT_TYPES as readonly string[]).includes(value);
}

/**
 * The checklist a review answers: the one for the rating in force, or — for a child not yet rated —
 * for the rating the review gives. AMBER's "waiting-list letter sent" item is asked only while the
 * opt-in letter has not gone (as the API checks it).
 */
export function checklistFor(child: ReviewedChild, outcome: string) {
  const rating = child.rating ?? (isRating(outcome) ? outcome : null);
  return rating ? reviewChecklist(rating, child.optInLetterSent) : [];
}

/** The form's fields in page order for the checklist shown. */
export function reviewFields(child: ReviewedChild, outcome: string): ReviewField[] {
  return [
    'reviewedOn',
    'contactType',
    ...checklistFor(child, outcome).map((i) => checklistField(i.id)),
    'outcomeRating',
    'outcomeReason',
    ...RISK_FIELDS,
    'redIntervalDays',
    'escalation',
    'reviewNote',
  ];
}

/** A rating different from the one in force (a first rating counts as a change). */
export function ratingChanges(current: RagRatingName | null, outcome: string): boolean {
  return isRating(outcome) && outcome !== current;
}

const API_FIELDS: Readonly<Record<string, ReviewField>> = {
  reviewedOn: 'reviewedOn',
  contactType: 'contactType',
  'outcome.rating': 'outcomeRating',
  outcome: 'outcomeRating',
  'outcome.reason': 'outcomeReason',
  'outcome.redIntervalDays': 'redIntervalDays',
  escalation: 'escalation',
  'escalation.actions': 'escalation',
  'escalation.at': 'escalation',
  note: 'reviewNote',
};

/**
 * The form field for a field the API names in a 400; `prefix` is where the review sits in the
 * request (`''` for a review task, `review.` inside a contact's response). `checklist.<item>`
 * lands on that item; `checklist` (an item not on the checklist) on the first item shown.
 */
export function reviewFieldFor(name: string, prefix: string, child: ReviewedChild, outcome: string): ReviewField | undefined {
  if (!name.startsWith(prefix)) return undefined;
  const own = name.slice(prefix.length);
  if (own.startsWith('checklist.')) return checklistField(own.slice('checklist.'.length));
  if (own === 'checklist') {
    const [first] = checklistFor(child, outcome);
    return first ? checklistField(first.id) : 'outcomeRating';
  }
  return API_FIELDS[own] ?? findingsFieldFor(own, 'outcome.findings');
}

export function validateReview(value: ReviewFormValue, child: ReviewedChild, today: CalendarDate): Messages<ReviewField> {
  const current = child.rating;
  const m = new MessageList<ReviewField>();
  if (m.date('reviewedOn', value.reviewedOn, 'Enter the date of the review', 'Date of the review') && daysBetween(today, value.reviewedOn) > 0) {
    m.add('reviewedOn', 'The date of the review cannot be in the future');
  }
  if (!isContactType(value.contactType)) m.add('contactType', 'Select how the child was reviewed');
  for (const item of checklistFor(child, value.outcomeRating)) {
    const answer = value.checklist[item.id];
    if (answer !== 'done' && answer !== 'not-done') m.add(checklistField(item.id), `Answer “${item.label}”: done or not done`);
  }
  if (!isRating(value.outcomeRating)) m.add('outcomeRating', 'Select the rating after the review');
  if (ratingChanges(current, value.outcomeRating)) {
    if (current && value.outcomeReason.trim() === '') {
      m.add('outcomeReason', `Say why the rating changes from ${ragLabel(current).text} to ${ragLabel(value.outcomeRating as RagRatingName).text}`);
    }
    m.addAll(checkFindings(value));
  }
  m.atMost('outcomeReason', value.outcomeReason, 'Reason', DUTY_NOTE_MAX);
  if (value.outcomeRating === 'RED' && value.redIntervalDays.trim() !== '') {
    const text = value.redIntervalDays.trim();
    const problem = /^\d+$/.test(text) ? redIntervalProblem(Number(text)) : 'enter the days between reviews as a whole number, like 14';
    if (problem) m.add('redIntervalDays', sentence(problem));
  }
  m.atMost('reviewNote', value.reviewNote, 'Note', DUTY_NOTE_MAX);
  return m.messages;
}

/** The escalation actions ticked, in the contract's order. */
export function escalationActions(value: Pick<ReviewFormValue, 'faceToFaceOffered' | 'crisisReferral'>): EscalationAction[] {
  return [...(value.faceToFaceOffered ? (['face-to-face-offered'] as const) : []), ...(value.crisisReferral ? (['crisis-referral'] as const) : [])];
}

/** The request for a review of a child whose referral is at `referralVersion`. */
export function toReviewRequest(value: ReviewFormValue, child: ReviewedChild, referralVersion: number): RecordDutyReviewRequest {
  const rating = value.outcomeRating as RagRatingName;
  const changed = ratingChanges(child.rating, rating);
  const interval = value.outcomeRating === 'RED' && value.redIntervalDays.trim() !== '' ? Number(value.redIntervalDays.trim()) : null;
  const actions = escalationActions(value);
  return {
    version: referralVersion,
    reviewedOn: value.reviewedOn,
    contactType: value.contactType as DutyContactType,
    checklist: checklistFor(child, rating).map((item) => ({ item: item.id, done: value.checklist[item.id] === 'done' })),
    outcome: {
      rating,
      ...(changed ? { reason: value.outcomeReason.trim() || null, findings: toFindings(value) } : {}),
      ...(interval !== null ? { redIntervalDays: interval } : {}),
    },
    escalation: actions.length > 0 ? { actions } : null,
    note: value.reviewNote.trim() || null,
  };
}

/** What the page announces: the rating after the review, the next due date (what the API planned), escalations and the agenda. */
export function reviewSavedMessage(childName: string, result: RecordDutyReviewResult): string {
  const after = ragLabel(result.ratingAfter).text;
  const rating = result.ratingBefore === result.ratingAfter ? `rating kept: ${after}` : `rating changed from ${ragLabel(result.ratingBefore).text} to ${after}`;
  const parts = [`Review of ${childName} recorded (${rating}).`];
  parts.push(result.plan ? `Next review due ${formatDate(result.plan.nextReviewOn)}.` : 'No further reviews are planned.');
  if (result.escalations.length > 0) parts.push(`${result.escalations.map((e) => ESCALATION_LABELS[e.action]).join('; ')}.`);
  if (result.onTeamMeetingAgenda) parts.push('The child is on the team meeting agenda until a lead professional is allocated.');
  return parts.join(' ');
}
