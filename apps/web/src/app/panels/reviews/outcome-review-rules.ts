import { OUTCOME_CATEGORIES, OutcomeCategory, OutcomeReviewView, RecordOutcomeRequest, RecordOutcomeResult } from '@camhs/contracts';
import { CalendarDate, compareDates } from '@camhs/domain';
import { MessageList, Messages } from '../../referrals/detail/form-messages';
import { formatDate } from '../../referrals/date-format';
import { SelectOption } from '../../shared/select-field.component';
import { DueState, dueState } from './due-date';

/**
 * The coordinator's outcome reviews: the list of those due (oldest first) and recording one with
 * one of the four outcome categories of domain.md, a note of what the review found, and the day.
 */

/** The longest note the API takes (panel-dto-fields NOTE_MAX). */
export const PANEL_NOTE_MAX = 4000;

export interface ReviewRow {
  review: OutcomeReviewView;
  due: DueState;
}

/** Oldest due first (the API's order, kept whatever it sends), then by child and intervention. */
export function reviewRows(reviews: readonly OutcomeReviewView[], today: CalendarDate): ReviewRow[] {
  return [...reviews]
    .sort((a, b) => compareDates(a.dueOn, b.dueOn) || a.childName.localeCompare(b.childName) || a.intervention.localeCompare(b.intervention))
    .map((review) => ({ review, due: dueState(review.dueOn, today) }));
}

export const OUTCOME_OPTIONS: readonly SelectOption[] = OUTCOME_CATEGORIES.map((c) => ({ value: c.id, text: c.label }));

export const OUTCOME_FIELDS = ['outcome', 'reviewNote', 'reviewedOn'] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];
export type OutcomeFormValue = Record<OutcomeField, string>;
/** The API's names for the form's fields, as a 400 names them. */
export const OUTCOME_API_FIELDS: Readonly<Record<string, OutcomeField>> = { outcome: 'outcome', note: 'reviewNote', reviewedOn: 'reviewedOn' };

function isOutcome(value: string): value is OutcomeCategory {
  return OUTCOME_CATEGORIES.some((c) => c.id === value);
}

/** One of the four outcomes, what the review found, and a real day that is not in the future. */
export function validateOutcome(value: OutcomeFormValue, today: CalendarDate): Messages<OutcomeField> {
  const m = new MessageList<OutcomeField>();
  if (!isOutcome(value.outcome)) m.add('outcome', 'Select the outcome of the review');
  m.note('reviewNote', value.reviewNote, 'Enter what the review found', 'What the review found', PANEL_NOTE_MAX);
  if (m.date('reviewedOn', value.reviewedOn, 'Enter the date of the review', 'The date of the review') && compareDates(value.reviewedOn, today) > 0) {
    m.add('reviewedOn', 'The date of the review cannot be in the future');
  }
  return m.messages;
}

/** The request, with the review's version as loaded (a stale one answers 409). Call after `validateOutcome` found nothing. */
export function toRecordOutcomeRequest(value: OutcomeFormValue, version: number): RecordOutcomeRequest {
  if (!isOutcome(value.outcome)) throw new RangeError(`not an outcome category: ${value.outcome}`);
  return { version, outcome: value.outcome, note: value.reviewNote.trim(), reviewedOn: value.reviewedOn.trim() };
}

export function outcomeLabel(outcome: OutcomeCategory): string {
  return OUTCOME_CATEGORIES.find((c) => c.id === outcome)?.label ?? outcome;
}

/** The success message: the outcome, what happens next to the allocation's reviews, and whether the case closed. */
export function outcomeRecordedMessage(review: OutcomeReviewView, result: RecordOutcomeResult): string {
  const outcome = result.review.outcome;
  const what = `Outcome recorded for ${review.childName}, ${review.intervention}: ${outcome ? outcomeLabel(outcome).toLowerCase() : 'recorded'}.`;
  const next = result.nextReviewOn ? ` The next review is due on ${formatDate(result.nextReviewOn)}.` : ' Reviews of this allocation have ended.';
  const closed = result.caseState === 'closed' ? ' The case is closed: none of its allocations is still active.' : '';
  return `${what}${next}${closed}`;
}
