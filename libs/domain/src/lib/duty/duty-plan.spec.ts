import fc from 'fast-check';
import { addDays, daysBetween } from '../time/calendar-date';
import { DutyHistory, byRiskThenLateness, planDuty, redIntervalProblem, reviewChecklist, reviewTiming } from './duty-plan';
import { RagRating } from './review-cadence';

describe('planDuty: the next review and letter', () => {
  it('RED: 14 days after the rating when never reviewed; the LP interval after the last review', () => {
    expect(planDuty({ rating: 'RED', ratedOn: '2026-11-01' })).toEqual({ intervalDays: 14, nextReviewOn: '2026-11-15', nextLetterOn: null });
    expect(planDuty({ rating: 'RED', ratedOn: '2026-11-01', redIntervalDays: 7, lastReviewOn: '2026-11-20' }).nextReviewOn).toBe('2026-11-27');
    // 31 days after 31 January 2026: February has 28 days, so 3 March.
    expect(planDuty({ rating: 'RED', ratedOn: '2026-01-02', redIntervalDays: 31, lastReviewOn: '2026-01-31' }).nextReviewOn).toBe('2026-03-03');
  });

  it('AMBER: 91 days after the last review; the waiting-list letter goes at the review unless the opt-in letter was sent', () => {
    // 1 Feb + 91: 27 days to 28 Feb, 31 to 31 Mar (58), 30 to 30 Apr (88), 3 more → 3 May.
    expect(planDuty({ rating: 'AMBER', ratedOn: '2026-01-05', lastReviewOn: '2026-02-01' })).toEqual({
      intervalDays: 91,
      nextReviewOn: '2026-05-03',
      nextLetterOn: '2026-05-03',
    });
    expect(planDuty({ rating: 'AMBER', ratedOn: '2026-01-05', lastReviewOn: '2026-02-01', optInLetterSent: true }).nextLetterOn).toBeNull();
  });

  it('GREEN: review 182 days on, waiting-list letter every 91 days from the later of the rating and the last letter', () => {
    // 10 Jan + 182: 21 (31 Jan) + 28 + 31 + 30 + 31 + 30 = 171 (30 Jun), + 11 → 11 Jul. + 91: 21 + 28 + 31 = 80 (31 Mar), + 11 → 11 Apr.
    expect(planDuty({ rating: 'GREEN', ratedOn: '2026-01-10' })).toEqual({ intervalDays: 182, nextReviewOn: '2026-07-11', nextLetterOn: '2026-04-11' });
    // Last letter 1 Mar: 30 (31 Mar) + 30 (30 Apr) + 31 (31 May) = 91 → 31 May.
    expect(planDuty({ rating: 'GREEN', ratedOn: '2026-01-10', lastWaitingListLetterOn: '2026-03-01' }).nextLetterOn).toBe('2026-05-31');
    // A letter before the rating does not count: the clock starts at the rating.
    expect(planDuty({ rating: 'GREEN', ratedOn: '2026-01-10', lastWaitingListLetterOn: '2025-12-01' }).nextLetterOn).toBe('2026-04-11');
  });

  it('raising a child to RED re-plans at once: the review falls due from the last review, so it is already overdue', () => {
    const plan = planDuty({ rating: 'RED', ratedOn: '2026-11-20', lastReviewOn: '2026-10-01' });
    expect(plan.nextReviewOn).toBe('2026-10-15');
    expect(reviewTiming(plan.nextReviewOn, '2026-11-20')).toEqual({ state: 'overdue', daysOverdue: 36 }); // 16 days of October + 20 of November
  });

  it('refuses a RED interval outside weekly to monthly', () => {
    expect(redIntervalProblem(7)).toBeNull();
    expect(redIntervalProblem(31)).toBeNull();
    expect(redIntervalProblem(6)).toMatch(/between 7 and 31 days/);
    expect(redIntervalProblem(32)).toMatch(/between 7 and 31 days/);
    expect(redIntervalProblem(7.5)).toMatch(/whole number/);
    expect(() => planDuty({ rating: 'RED', ratedOn: '2026-11-01', redIntervalDays: 45 })).toThrow(/between 7 and 31/);
  });
});

describe('reviewTiming and the list order', () => {
  it('is upcoming, due today or overdue by whole days', () => {
    expect(reviewTiming('2026-11-25', '2026-11-22')).toEqual({ state: 'upcoming', inDays: 3 });
    expect(reviewTiming('2026-11-22', '2026-11-22')).toEqual({ state: 'due-today' });
    expect(reviewTiming('2026-11-01', '2026-11-22')).toEqual({ state: 'overdue', daysOverdue: 21 });
  });

  it('orders by risk, then the most overdue first', () => {
    const rows = [
      { id: 'green-late', rating: 'GREEN' as const, dueOn: '2026-09-01' },
      { id: 'amber-recent', rating: 'AMBER' as const, dueOn: '2026-11-20' },
      { id: 'red-today', rating: 'RED' as const, dueOn: '2026-11-22' },
      { id: 'amber-late', rating: 'AMBER' as const, dueOn: '2026-10-01' },
      { id: 'unrated', rating: null, dueOn: '2026-01-01' },
      { id: 'red-late', rating: 'RED' as const, dueOn: '2026-11-10' },
    ];
    expect([...rows].sort(byRiskThenLateness).map((r) => r.id)).toEqual(['red-late', 'red-today', 'amber-late', 'amber-recent', 'green-late', 'unrated']);
  });

  it('gives each rating its checklist from domain.md', () => {
    expect(reviewChecklist('RED', false).map((i) => i.id)).toEqual(['care-plan-and-risk-assessment-updated', 'rag-recall-updated']);
    expect(reviewChecklist('AMBER', false)).toHaveLength(5);
    expect(reviewChecklist('AMBER', true).map((i) => i.id)).not.toContain('waiting-list-letter-sent');
    expect(reviewChecklist('GREEN', false).map((i) => i.id)).toEqual([
      'risk-assessment-and-care-plan-reviewed',
      'guided-self-help-given',
      'rag-recall-updated',
      'duty-survey-sent',
    ]);
  });
});

describe('planDuty properties over random histories of ratings and contacts', () => {
  const MAX_INTERVAL: Record<RagRating, number> = { RED: 31, AMBER: 91, GREEN: 182 };
  type Event = { gap: number } & ({ kind: 'rate'; rating: RagRating; redInterval: number | null } | { kind: 'review' } | { kind: 'letter' });
  const event: fc.Arbitrary<Event> = fc.oneof(
    fc.record({ gap: fc.integer({ min: 0, max: 200 }), kind: fc.constant('rate' as const), rating: fc.constantFrom<RagRating>('RED', 'AMBER', 'GREEN'), redInterval: fc.option(fc.integer({ min: 7, max: 31 })) }),
    fc.record({ gap: fc.integer({ min: 0, max: 200 }), kind: fc.constant('review' as const) }),
    fc.record({ gap: fc.integer({ min: 0, max: 200 }), kind: fc.constant('letter' as const) }),
  );
  const start = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2018-01-01', n));
  const firstRating = fc.constantFrom<RagRating>('RED', 'AMBER', 'GREEN');

  /** Fold the events into the history the cadence sees, checking the plan after every event. */
  const replay = (from: string, rating: RagRating, events: Event[], check: (h: DutyHistory) => void) => {
    let day = from;
    let h: DutyHistory = { rating, ratedOn: from };
    check(h);
    for (const e of events) {
      day = addDays(day, e.gap);
      if (e.kind === 'rate') h = { ...h, rating: e.rating, ratedOn: day, redIntervalDays: e.rating === 'RED' ? e.redInterval : null };
      else if (e.kind === 'review') h = { ...h, lastReviewOn: day };
      else h = { ...h, lastWaitingListLetterOn: day };
      check(h);
    }
  };

  it('always gives a next review, never later than one interval of the rating after the last review (or the rating)', () => {
    fc.assert(
      fc.property(start, firstRating, fc.array(event, { maxLength: 30 }), (from, rating, events) => {
        replay(from, rating, events, (h) => {
          const plan = planDuty(h);
          const anchor = h.lastReviewOn ?? h.ratedOn;
          const gap = daysBetween(anchor, plan.nextReviewOn);
          expect(gap).toBe(plan.intervalDays);
          expect(gap).toBeLessThanOrEqual(MAX_INTERVAL[h.rating]);
          expect(gap).toBeGreaterThanOrEqual(7);
        });
      }),
    );
  });

  it('re-planning is idempotent: the same history always gives the same plan, and a review on the due day moves it by exactly one interval', () => {
    fc.assert(
      fc.property(start, firstRating, fc.array(event, { maxLength: 30 }), (from, rating, events) => {
        replay(from, rating, events, (h) => {
          const plan = planDuty(h);
          expect(planDuty({ ...h })).toEqual(plan);
          const reviewed = planDuty({ ...h, lastReviewOn: plan.nextReviewOn });
          expect(daysBetween(plan.nextReviewOn, reviewed.nextReviewOn)).toBe(plan.intervalDays);
          expect(planDuty({ ...h, lastReviewOn: plan.nextReviewOn })).toEqual(reviewed);
        });
      }),
    );
  });

  it('GREEN always has a next letter within 91 days of the later of its rating and its last letter', () => {
    fc.assert(
      fc.property(start, fc.array(event, { maxLength: 30 }), (from, events) => {
        replay(from, 'GREEN', events, (h) => {
          const plan = planDuty(h);
          if (h.rating !== 'GREEN') return;
          expect(plan.nextLetterOn).not.toBeNull();
          const lastLetter = h.lastWaitingListLetterOn;
          const anchor = lastLetter && daysBetween(h.ratedOn, lastLetter) > 0 ? lastLetter : h.ratedOn;
          expect(daysBetween(anchor, plan.nextLetterOn as string)).toBe(91);
        });
      }),
    );
  });
});
