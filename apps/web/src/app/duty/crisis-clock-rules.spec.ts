import { CrisisClockRecordView } from '@camhs/contracts';
import { crisisRecordedMessage, crisisTimingText, durationText, londonInstant, londonWallClock, toCrisisClockRequest, validateCrisisClock } from './crisis-clock-rules';

describe('Crisis clocks in words', () => {
  it('writes durations in hours and minutes', () => {
    expect([durationText(0), durationText(20), durationText(60), durationText(95), durationText(1565)]).toEqual(['0 min', '20 min', '1 h', '1 h 35 min', '26 h 5 min']);
  });

  it('says how long is left, or how long ago the deadline passed (times in England)', () => {
    // Referred at 09:00 UTC on 22 Nov 2026 (GMT): contact due by 11:00.
    expect(crisisTimingText({ state: 'running', dueAt: '2026-11-22T11:00:00.000Z', minutesLeft: 95 })).toBe('Due by 22 Nov 2026, 11:00:00: 1 h 35 min left');
    // In June, 11:00 UTC reads 12:00 in England.
    expect(crisisTimingText({ state: 'missed', dueAt: '2026-06-01T11:00:00.000Z', minutesLeft: -20 })).toBe('Missed: due 1 Jun 2026, 12:00:00, 20 min ago');
  });
});

describe('times entered as read on a clock in England', () => {
  it('are GMT in winter and an hour ahead of UTC in summer', () => {
    expect(londonInstant('2026-11-22', '10:15')).toBe('2026-11-22T10:15:00.000Z');
    expect(londonInstant('2026-06-01', '10:15')).toBe('2026-06-01T09:15:00.000Z');
    // The clocks went forward at 01:00 UTC on 29 Mar 2026: 02:30 that morning is already summer time.
    expect(londonInstant('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(londonInstant('2026-03-29', '00:30')).toBe('2026-03-29T00:30:00.000Z');
  });

  it('read back as the same wall clock', () => {
    expect(londonWallClock(new Date('2026-06-01T09:15:30.000Z'))).toEqual({ date: '2026-06-01', time: '10:15' });
    expect(londonWallClock(new Date('2026-11-22T23:59:00.000Z'))).toEqual({ date: '2026-11-22', time: '23:59' });
  });
});

describe('recording a Crisis clock', () => {
  const now = new Date('2026-11-22T12:00:00.000Z');
  const referredAt = '2026-11-22T09:00:00.000Z';

  it('wants a real date and a time written hours:minutes', () => {
    expect(validateCrisisClock({ crisisDoneOn: '', crisisDoneAt: '' }, referredAt, now)).toEqual({ crisisDoneOn: ['Enter the date'], crisisDoneAt: ['Enter the time'] });
    expect(validateCrisisClock({ crisisDoneOn: '2026-11-31', crisisDoneAt: '9.30' }, referredAt, now)).toEqual({
      crisisDoneOn: ['The date must be a real date'],
      crisisDoneAt: ['Enter the time as hours and minutes, like 14:30'],
    });
  });

  it('takes a time between the Crisis referral and now', () => {
    expect(validateCrisisClock({ crisisDoneOn: '2026-11-22', crisisDoneAt: '12:01' }, referredAt, now)).toEqual({ crisisDoneAt: ['The time cannot be in the future'] });
    expect(validateCrisisClock({ crisisDoneOn: '2026-11-22', crisisDoneAt: '08:59' }, referredAt, now)).toEqual({
      crisisDoneAt: ['The time cannot be before the Crisis referral (22 Nov 2026, 09:00:00)'],
    });
    expect(validateCrisisClock({ crisisDoneOn: '2026-11-22', crisisDoneAt: '09:00' }, referredAt, now)).toEqual({});
    expect(validateCrisisClock({ crisisDoneOn: '2026-11-22', crisisDoneAt: '12:00' }, referredAt, now)).toEqual({});
    expect(toCrisisClockRequest({ crisisDoneOn: '2026-11-22', crisisDoneAt: '10:40' }, referredAt)).toEqual({ at: '2026-11-22T10:40:00.000Z' });
  });

  it('sends a time in the referral’s own minute as the referral’s instant (the form has no seconds)', () => {
    const referredAtHalfPast = '2026-11-22T09:00:30.000Z';
    expect(validateCrisisClock({ crisisDoneOn: '2026-11-22', crisisDoneAt: '09:00' }, referredAtHalfPast, now)).toEqual({});
    expect(toCrisisClockRequest({ crisisDoneOn: '2026-11-22', crisisDoneAt: '09:00' }, referredAtHalfPast)).toEqual({ at: '2026-11-22T09:00:30.000Z' });
    expect(toCrisisClockRequest({ crisisDoneOn: '2026-11-22', crisisDoneAt: '09:01' }, referredAtHalfPast)).toEqual({ at: '2026-11-22T09:01:00.000Z' });
  });

  it('announces whether the standard was met', () => {
    const recorded: CrisisClockRecordView = {
      escalationId: 'e-1',
      clock: 'contact',
      referralId: 'r-1',
      referredAt,
      dueAt: '2026-11-22T11:00:00.000Z',
      doneAt: '2026-11-22T10:40:00.000Z',
      state: 'met',
    };
    expect(crisisRecordedMessage('Testonia Fixtureby', recorded)).toBe('Crisis telephone contact for Testonia Fixtureby recorded at 22 Nov 2026, 10:40:00, within 2 hours: met.');
    expect(crisisRecordedMessage('Testonia Fixtureby', { ...recorded, clock: 'assessment', dueAt: '2026-11-23T09:00:00.000Z', doneAt: '2026-11-23T10:00:00.000Z', state: 'missed' })).toBe(
      'Crisis assessment for Testonia Fixtureby recorded at 23 Nov 2026, 10:00:00, after 24 hours: missed.',
    );
  });
});
