import fc from 'fast-check';
import { addDays, daysBetween } from '../time/calendar-date';
import { OUTCOME_CATEGORIES, isOutcomeCategory, nextTermlyReview, outcomeEndsReviews, reviewOnList } from './outcome-review';

describe('outcome reviews (termly)', () => {
  it('falls due on the last day of the first term ending at least six weeks on', () => {
    // Start 7 Sep + 42 days = 19 Oct → the autumn term's end, 19 Dec.
    expect(nextTermlyReview('2026-09-07')).toBe('2026-12-19');
    // Start 10 Jun + 42 = 22 Jul (20 days to 30 Jun, 22 more): the summer term ended on 21 Jul, so 19 Dec.
    expect(nextTermlyReview('2026-06-10')).toBe('2026-12-19');
    // Start 9 Jun + 42 = 21 Jul: exactly the summer term's end.
    expect(nextTermlyReview('2026-06-09')).toBe('2026-07-21');
    // Reviewed on 19 Dec, continuing: + 42 = 30 Jan 2027 → the spring term's end, 31 Mar 2027.
    expect(nextTermlyReview('2026-12-19')).toBe('2027-03-31');
    // With the council's own term dates (configuration).
    expect(nextTermlyReview('2026-09-07', ['10-23', '12-18'])).toBe('2026-10-23');
    expect(() => nextTermlyReview('2026-09-07', ['02-30'])).toThrow(/MM-DD/);
  });

  it('always falls at least six weeks and at most a year and six weeks on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), (offset) => {
        const from = addDays('2024-01-01', offset);
        const due = nextTermlyReview(from);
        expect(daysBetween(from, due)).toBeGreaterThanOrEqual(42);
        expect(daysBetween(from, due)).toBeLessThanOrEqual(42 + 366);
      }),
    );
  });

  it('lists a review from two weeks before it falls due', () => {
    expect(reviewOnList('2026-12-19', '2026-12-05')).toBe(true);
    expect(reviewOnList('2026-12-19', '2026-12-04')).toBe(false);
    expect(reviewOnList('2026-12-19', '2027-01-10')).toBe(true);
  });

  it('has the source’s four outcome categories; only “continuing to improve” asks for another review', () => {
    expect(OUTCOME_CATEGORIES.map((c) => c.label)).toEqual([
      'High / very positive impact',
      'Continuing to improve (may need more)',
      'Limited impact — other pathway appropriate',
      'Extra support required — may progress to a statutory plan',
    ]);
    expect(OUTCOME_CATEGORIES.map((c) => outcomeEndsReviews(c.id))).toEqual([true, false, true, true]);
    expect([isOutcomeCategory('high-impact'), isOutcomeCategory('great')]).toEqual([true, false]);
  });
});
