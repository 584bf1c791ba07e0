import { CaseloadItem } from '@camhs/contracts';
import { caseloadRow, nextReviewText } from './caseload-rows';

function anItem(changes: Partial<CaseloadItem> = {}): CaseloadItem {
  return {
    referralId: 'r-1',
    childId: 'c-1',
    childName: 'Testonia Fixtureby',
    team: 'generic-outpatient',
    rating: 'RED',
    ratedOn: '2026-11-08',
    redIntervalDays: 14,
    nextReviewOn: '2026-11-22',
    daysUntilReview: 0,
    nextLetterOn: null,
    reviewTaskId: 't-1',
    claim: null,
    safeguardingDecisionsOutstanding: 0,
    ...changes,
  };
}

describe('a caseload row', () => {
  it('says when the next review falls from the API’s day count', () => {
    expect(nextReviewText({ nextReviewOn: '2026-11-22', daysUntilReview: 0 })).toBe('Due today (22 Nov 2026)');
    expect(nextReviewText({ nextReviewOn: '2026-11-29', daysUntilReview: 7 })).toBe('29 Nov 2026, in 7 days');
    expect(nextReviewText({ nextReviewOn: '2026-11-18', daysUntilReview: -4 })).toBe('18 Nov 2026: 4 days overdue');
    expect(nextReviewText({ nextReviewOn: null, daysUntilReview: null })).toBe('None planned (not waiting for treatment)');
  });

  it('gives a RED child’s rating with its date and interval, and counts the decisions holding discharge', () => {
    const row = caseloadRow(anItem({ safeguardingDecisionsOutstanding: 2 }));
    expect(row.rag.text).toBe('Red (high risk)');
    expect(row.ratingDetail).toBe('since 8 Nov 2026; reviewed every 14 days');
    expect(row.reviewDue).toBe(true);
    expect(row.nextLetter).toBe('None planned');
    expect(row.safeguarding).toBe('2 outstanding: discharge waits for them');
    expect(caseloadRow(anItem({ safeguardingDecisionsOutstanding: 1 })).safeguarding).toBe('1 outstanding: discharge waits for it');
  });

  it('leaves out the interval for other ratings and marks only reviews due or overdue', () => {
    const green = caseloadRow(anItem({ rating: 'GREEN', redIntervalDays: null, nextReviewOn: '2027-05-09', daysUntilReview: 168, nextLetterOn: '2027-02-07' }));
    expect(green.ratingDetail).toBe('since 8 Nov 2026');
    expect(green.reviewDue).toBe(false);
    expect(green.nextLetter).toBe('7 Feb 2027');
    expect(green.safeguarding).toBe('None');
    expect(caseloadRow(anItem({ rating: null, ratedOn: null, redIntervalDays: null })).ratingDetail).toBeNull();
  });
});
