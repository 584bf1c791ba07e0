import { DutyContactView, INCOMING_CONTACT_KINDS, IncomingContactKind, LogContactRequest, RespondToContactRequest, RespondToContactResult, SafeguardingDecisionView } from '@camhs/contracts';
import { CalendarDate, daysBetween } from '@camhs/domain';
import { formatDate } from '../referrals/date-format';
import { MessageList, Messages } from '../referrals/detail/form-messages';
import { INCOMING_CONTACT_LABELS } from './duty-labels';
import { ReviewField, ReviewFormValue, ReviewedChild, reviewFieldFor, toReviewRequest, validateReview } from './duty-review-rules';
import { DUTY_NOTE_MAX } from './risk-findings';

/** Calls and letters: logging one against a child, and responding to it (a response that reviews the child records the review too). */

/** Who called or wrote: the API takes at most 200 characters. */
export const CALLER_MAX = 200;

export const LOG_CONTACT_FIELDS = ['contactKind', 'contactCaller', 'contactSummary'] as const;
export type LogContactField = (typeof LOG_CONTACT_FIELDS)[number];
export type LogContactFormValue = Record<LogContactField, string>;
export const LOG_CONTACT_API_FIELDS: Readonly<Record<string, LogContactField>> = { kind: 'contactKind', caller: 'contactCaller', summary: 'contactSummary' };

function isContactKind(value: string): value is IncomingContactKind {
  return (INCOMING_CONTACT_KINDS as readonly string[]).includes(value);
}

export function validateLogContact(value: LogContactFormValue): Messages<LogContactField> {
  const m = new MessageList<LogContactField>();
  if (!isContactKind(value.contactKind)) m.add('contactKind', 'Select whether it was a telephone call or a letter');
  m.note('contactCaller', value.contactCaller, 'Enter who called or wrote', 'Who called or wrote', CALLER_MAX);
  m.note('contactSummary', value.contactSummary, 'Enter what the call or letter was about', 'What it was about', DUTY_NOTE_MAX);
  return m.messages;
}

/** Received now (the API's default): the form records what has just come in. */
export function toLogContactRequest(value: LogContactFormValue): LogContactRequest {
  return { kind: value.contactKind as IncomingContactKind, caller: value.contactCaller.trim(), summary: value.contactSummary.trim() };
}

export function contactLoggedMessage(contact: DutyContactView): string {
  return `${INCOMING_CONTACT_LABELS[contact.kind]} from ${contact.caller} logged. It is on the duty list until someone responds to it.`;
}

export type RespondField = 'response' | 'reviewed' | ReviewField;

export interface RespondFormValue {
  response: string;
  /** `yes` when the response reviewed the child, `no` when not, empty when not answered. */
  reviewed: string;
  review: ReviewFormValue;
}

export function validateRespond(value: RespondFormValue, child: ReviewedChild, today: CalendarDate): Messages<RespondField> {
  const m = new MessageList<RespondField>();
  m.note('response', value.response, 'Enter what was done in response', 'Response', DUTY_NOTE_MAX);
  if (value.reviewed !== 'yes' && value.reviewed !== 'no') m.add('reviewed', 'Select whether the response reviewed the child');
  if (value.reviewed === 'yes') m.addAll(validateReview(value.review, child, today));
  return m.messages;
}

export function toRespondRequest(value: RespondFormValue, contactVersion: number, child: ReviewedChild, referralVersion: number): RespondToContactRequest {
  return {
    version: contactVersion,
    response: value.response.trim(),
    review: value.reviewed === 'yes' ? toReviewRequest(value.review, child, referralVersion) : null,
  };
}

export function respondFieldFor(name: string, child: ReviewedChild, outcome: string): RespondField | undefined {
  if (name === 'response') return 'response';
  if (name === 'review') return 'reviewed';
  return reviewFieldFor(name, 'review.', child, outcome);
}

export function respondedMessage(childName: string, result: RespondToContactResult): string {
  const responded = `Response to the ${INCOMING_CONTACT_LABELS[result.contact.kind].toLowerCase()} about ${childName} recorded.`;
  const plan = result.review?.plan;
  return plan ? `${responded} The child was reviewed: next review due ${formatDate(plan.nextReviewOn)}.` : responded;
}

// ─── No response to letters ─────────────────────────────────────────────────────────────────────

export type NoResponseField = 'noticedOn';
export const NO_RESPONSE_API_FIELDS: Readonly<Record<string, NoResponseField>> = { noticedOn: 'noticedOn' };

export function validateNoResponse(value: { noticedOn: string }, today: CalendarDate): Messages<NoResponseField> {
  const m = new MessageList<NoResponseField>();
  if (m.date('noticedOn', value.noticedOn, 'Enter the day you judged there has been no response', 'The day') && daysBetween(today, value.noticedOn) > 0) {
    m.add('noticedOn', 'The day cannot be in the future');
  }
  return m.messages;
}

/** Who decides next, in the words the page announces. */
export function noResponseMessage(decision: SafeguardingDecisionView): string {
  const who = decision.owner.kind === 'lead-professional' ? `the lead professional, ${decision.owner.name},` : 'Duty';
  return `No response to letters recorded (${formatDate(decision.raisedOn)}). A safeguarding decision for ${who} is on the duty list; the referral cannot be discharged until it is made.`;
}
