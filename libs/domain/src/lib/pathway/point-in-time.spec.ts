import fc from 'fast-check';
import { addDays } from '../time/calendar-date';
import { ReferralDates, isInAssessment, isWaitOpenOn, isWaitingForAccess } from './point-in-time';

// Received 10 Jan, access accepted 1 Feb, assessment done 1 Mar, discharged 30 Jun (all 2026).
const r: ReferralDates = {
  receivedOn: '2026-01-10',
  accessCompletedOn: '2026-02-01',
  accessOutcome: 'accepted',
  assessmentCompletedOn: '2026-03-01',
  dischargedOn: '2026-06-30',
};

describe('derived state on a day (spec/ptl-extract.md)', () => {
  it('is waiting for access from receipt until the day before access completes', () => {
    expect(['2026-01-09', '2026-01-10', '2026-01-31', '2026-02-01'].map((d) => isWaitingForAccess(r, d))).toEqual([false, true, true, false]);
  });

  it('is in assessment from access (accepted) until the day before assessment completes', () => {
    expect(['2026-01-31', '2026-02-01', '2026-02-28', '2026-03-01'].map((d) => isInAssessment(r, d))).toEqual([false, true, true, false]);
    expect(isInAssessment({ ...r, accessOutcome: 'redirected', assessmentCompletedOn: null, dischargedOn: null }, '2026-02-10')).toBe(false);
  });

  it('stops waiting for access on the day of discharge even without access', () => {
    const closed = { ...r, accessCompletedOn: null, accessOutcome: null, assessmentCompletedOn: null, dischargedOn: '2026-01-20' };
    expect([isWaitingForAccess(closed, '2026-01-19'), isWaitingForAccess(closed, '2026-01-20')]).toEqual([true, false]);
  });

  it('has a wait open from the day it is added until the day before it starts or is removed', () => {
    const w = { addedOn: '2026-03-01', startedOn: '2026-05-01', removedOn: null };
    expect(['2026-02-28', '2026-03-01', '2026-04-30', '2026-05-01'].map((d) => isWaitOpenOn(w, d))).toEqual([false, true, true, false]);
    expect(isWaitOpenOn({ addedOn: '2026-03-01', startedOn: null, removedOn: '2026-03-10' }, '2026-03-10')).toBe(false);
  });

  it('property: a referral is never both waiting for access and in assessment', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: -10, max: 400 }), (toAccess, toAssessment, day) => {
        const receivedOn = '2025-06-01';
        const accessCompletedOn = addDays(receivedOn, toAccess);
        const dates: ReferralDates = {
          receivedOn,
          accessCompletedOn,
          accessOutcome: 'accepted',
          assessmentCompletedOn: addDays(accessCompletedOn, toAssessment),
          dischargedOn: null,
        };
        const d = addDays(receivedOn, day);
        expect(isWaitingForAccess(dates, d) && isInAssessment(dates, d)).toBe(false);
        // and on any day between receipt and assessment it is exactly one of them
        if (day >= 0 && day < toAccess + toAssessment) expect(isWaitingForAccess(dates, d) || isInAssessment(dates, d)).toBe(true);
      }),
    );
  });
});
