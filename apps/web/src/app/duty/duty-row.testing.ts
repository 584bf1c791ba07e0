import { DutyListRow, RagRatingName } from '@camhs/contracts';
import type { ReviewedChild } from './duty-review-rules';

/** For unit tests only: an AMBER review due today (22 Nov 2026), unclaimed, with whatever the test changes. */
export function aRow(changes: Partial<DutyListRow> = {}): DutyListRow {
  return {
    kind: 'review',
    taskId: 't-1',
    subjectId: null,
    childId: 'c-1',
    childName: 'Testonia Fixtureby',
    referralId: 'r-1',
    referralVersion: 4,
    rating: 'AMBER',
    leadProfessional: null,
    dueOn: '2026-11-22',
    daysOverdue: 0,
    optInLetterSent: false,
    claim: null,
    contact: null,
    safeguarding: null,
    ...changes,
  };
}

/** For unit tests only: the child a review form is about (the opt-in letter not sent unless said). */
export function reviewed(rating: RagRatingName | null, optInLetterSent = false): ReviewedChild {
  return { rating, optInLetterSent };
}
