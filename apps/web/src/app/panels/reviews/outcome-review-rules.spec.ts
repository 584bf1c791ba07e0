import { OUTCOME_OPTIONS, outcomeRecordedMessage, reviewRows, toRecordOutcomeRequest, validateOutcome } from './outcome-review-rules';
import { testReview } from './panel-follow-up.testing';

const TODAY = '2026-03-25';
const filled = { outcome: 'continuing-to-improve', reviewNote: 'Reading age up a year', reviewedOn: TODAY };

describe('the outcome reviews due', () => {
  it('lists the oldest due first, then by child and intervention, each with where it stands today', () => {
    const rows = reviewRows(
      [
        testReview({ id: 'later', dueOn: '2026-04-05', childName: 'Aldous Pennyfeather-Quill' }),
        testReview({ id: 'tutoring', dueOn: '2026-03-20', intervention: 'Specialist tutoring' }),
        testReview({ id: 'counselling', dueOn: '2026-03-20', intervention: 'Specialist counselling' }),
        testReview({ id: 'other-child', dueOn: '2026-03-20', childName: 'Percival Ormsby-Lathe' }),
      ],
      TODAY,
    );
    expect(rows.map((r) => r.review.id)).toEqual(['other-child', 'counselling', 'tutoring', 'later']);
    expect(rows.map((r) => r.due.text)).toEqual(['Overdue by 5 days (due 20 Mar 2026)', 'Overdue by 5 days (due 20 Mar 2026)', 'Overdue by 5 days (due 20 Mar 2026)', 'Due in 11 days (5 Apr 2026)']);
  });

  it('offers the four outcome categories of domain.md', () => {
    expect(OUTCOME_OPTIONS).toEqual([
      { value: 'high-impact', text: 'High / very positive impact' },
      { value: 'continuing-to-improve', text: 'Continuing to improve (may need more)' },
      { value: 'limited-impact-other-pathway', text: 'Limited impact — other pathway appropriate' },
      { value: 'extra-support-may-progress', text: 'Extra support required — may progress to a statutory plan' },
    ]);
  });
});

describe('recording an outcome', () => {
  it('wants one of the four outcomes, what the review found and the day', () => {
    expect(validateOutcome({ outcome: '', reviewNote: ' ', reviewedOn: '' }, TODAY)).toEqual({
      outcome: ['Select the outcome of the review'],
      reviewNote: ['Enter what the review found'],
      reviewedOn: ['Enter the date of the review'],
    });
    expect(validateOutcome({ ...filled, outcome: 'went-well' }, TODAY)).toEqual({ outcome: ['Select the outcome of the review'] });
    expect(validateOutcome(filled, TODAY)).toEqual({});
  });

  it('takes a real day, not in the future, and a note of at most 4,000 characters', () => {
    expect(validateOutcome({ ...filled, reviewedOn: '2026-02-30' }, TODAY)).toEqual({ reviewedOn: ['The date of the review must be a real date'] });
    expect(validateOutcome({ ...filled, reviewedOn: '2026-03-26' }, TODAY)).toEqual({ reviewedOn: ['The date of the review cannot be in the future'] });
    expect(validateOutcome({ ...filled, reviewNote: 'x'.repeat(4000) }, TODAY)).toEqual({});
    expect(validateOutcome({ ...filled, reviewNote: 'x'.repeat(4001) }, TODAY)).toEqual({ reviewNote: ['What the review found must be 4000 characters or fewer'] });
  });

  it('sends the review’s version, the outcome, the trimmed note and the day', () => {
    expect(toRecordOutcomeRequest({ outcome: 'high-impact', reviewNote: '  Attending every day now ', reviewedOn: '2026-03-24' }, 3)).toEqual({
      version: 3,
      outcome: 'high-impact',
      note: 'Attending every day now',
      reviewedOn: '2026-03-24',
    });
    expect(() => toRecordOutcomeRequest({ ...filled, outcome: '' }, 1)).toThrow(RangeError);
  });

  it('says what happens next: the next review, or the end of the allocation’s reviews and of the case', () => {
    const review = testReview();
    expect(
      outcomeRecordedMessage(review, { review: testReview({ outcome: 'continuing-to-improve', version: 2 }), nextReviewOn: '2026-07-21', caseState: 'in-review' }),
    ).toBe('Outcome recorded for Wilhelmina Ashcombe-Trigg, Specialist tutoring: continuing to improve (may need more). The next review is due on 21 Jul 2026.');
    expect(outcomeRecordedMessage(review, { review: testReview({ outcome: 'high-impact', version: 2 }), nextReviewOn: null, caseState: 'in-review' })).toBe(
      'Outcome recorded for Wilhelmina Ashcombe-Trigg, Specialist tutoring: high / very positive impact. Reviews of this allocation have ended.',
    );
    expect(outcomeRecordedMessage(review, { review: testReview({ outcome: 'extra-support-may-progress', version: 2 }), nextReviewOn: null, caseState: 'closed' })).toBe(
      'Outcome recorded for Wilhelmina Ashcombe-Trigg, Specialist tutoring: extra support required — may progress to a statutory plan. Reviews of this allocation have ended. The case is closed: none of its allocations is still active.',
    );
  });
});
