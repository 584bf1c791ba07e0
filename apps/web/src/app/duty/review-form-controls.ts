import { FormControl } from '@angular/forms';
import { RAG_RATINGS, RagRatingName, REVIEW_CHECKLIST } from '@camhs/contracts';
import { ChecklistField, ReviewFormValue, checklistField } from './duty-review-rules';
import { riskControls, riskValuesOf } from './risk-findings-controls';

/** Every checklist item id of every rating, once (the form holds them all; the rating decides which are shown and sent). */
export const ALL_CHECKLIST_ITEMS: readonly string[] = [...new Set(RAG_RATINGS.flatMap((rating) => REVIEW_CHECKLIST[rating].map((item) => item.id)))];

const text = (value = '') => new FormControl(value, { nonNullable: true });

/** The controls of a duty review, to spread into a form's FormGroup: the rating after the review starts as the one in force. */
export function reviewControls(current: RagRatingName | null, today: string) {
  const checklist = Object.fromEntries(ALL_CHECKLIST_ITEMS.map((item) => [checklistField(item), text()])) as Record<ChecklistField, FormControl<string>>;
  return {
    reviewedOn: text(today),
    contactType: text(),
    ...checklist,
    outcomeRating: text(current ?? ''),
    outcomeReason: text(),
    ...riskControls(),
    redIntervalDays: text(),
    faceToFaceOffered: new FormControl(false, { nonNullable: true }),
    crisisReferral: new FormControl(false, { nonNullable: true }),
    reviewNote: text(),
  };
}

function textOf(raw: Readonly<Record<string, unknown>>, key: string): string {
  const value = raw[key];
  return typeof value === 'string' ? value : '';
}

/** The review's value out of the form's raw value. */
export function reviewValueOf(raw: Readonly<Record<string, unknown>>): ReviewFormValue {
  return {
    ...riskValuesOf(raw),
    reviewedOn: textOf(raw, 'reviewedOn'),
    contactType: textOf(raw, 'contactType'),
    checklist: Object.fromEntries(ALL_CHECKLIST_ITEMS.map((item) => [item, textOf(raw, checklistField(item))])),
    outcomeRating: textOf(raw, 'outcomeRating'),
    outcomeReason: textOf(raw, 'outcomeReason'),
    redIntervalDays: textOf(raw, 'redIntervalDays'),
    faceToFaceOffered: raw['faceToFaceOffered'] === true,
    crisisReferral: raw['crisisReferral'] === true,
    reviewNote: textOf(raw, 'reviewNote'),
  };
}
