import fc from 'fast-check';
import { addDays, daysBetween } from '../time/calendar-date';
import { clockCheckpoints, clockState, clockTarget } from './clock-checkpoints';

describe('clock targets', () => {
  it('access: 28 days after receipt when urgent, 91 when routine', () => {
    // 2026-01-05 + 28 days = 2026-02-02; + 91 days = 2026-04-06 (Jan 26 left + Feb 28 + Mar 31 = 85, +6)
    expect(clockTarget('access', '2026-01-05', 'urgent')).toBe('2026-02-02');
    expect(clockTarget('access', '2026-01-05', 'routine')).toBe('2026-04-06');
  });

  it('RTT: 13 weeks (91 days) and 18 weeks (126 days) from receipt, whatever the urgency', () => {
    expect(clockTarget('rtt13', '2026-01-05', 'urgent')).toBe('2026-04-06');
    expect(clockTarget('rtt18', '2026-01-05', 'routine')).toBe('2026-05-11'); // 2026-04-06 + 35 days
  });
});

describe('clockState', () => {
  // Target 2026-02-02 (a Monday).
  it.each([
    ['2026-01-25', 'urgent', null], // 8 days before
    ['2026-01-26', 'urgent', 'approaching'], // exactly one week before
    ['2026-02-02', 'urgent', 'approaching'], // the target day still meets the target
    ['2026-02-03', 'urgent', 'breached'],
    ['2026-01-18', 'routine', null], // 15 days before
    ['2026-01-19', 'routine', 'approaching'], // exactly two weeks before
    ['2026-02-03', 'routine', 'breached'],
  ] as const)('on %s (%s) the clock is %s', (today, urgency, expected) => {
    expect(clockState('2026-02-02', urgency, today)).toBe(expected);
  });

  it('checkpoints are the first day of each state', () => {
    expect(clockCheckpoints('2026-02-02', 'urgent')).toEqual({ approaching: '2026-01-26', breached: '2026-02-03' });
    expect(clockCheckpoints('2026-02-02', 'routine')).toEqual({ approaching: '2026-01-19', breached: '2026-02-03' });
  });

  const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2020-01-01', n));
  const urgency = fc.constantFrom('urgent' as const, 'routine' as const);

  it('property: the state agrees with the checkpoints on every day', () => {
    fc.assert(
      fc.property(day, day, urgency, (target, today, u) => {
        const { approaching, breached } = clockCheckpoints(target, u);
        const expected = daysBetween(breached, today) >= 0 ? 'breached' : daysBetween(approaching, today) >= 0 ? 'approaching' : null;
        expect(clockState(target, u, today)).toBe(expected);
      }),
    );
  });

  it('property: a clock never goes back (null → approaching → breached as days pass)', () => {
    const rank = { null: 0, approaching: 1, breached: 2 } as const;
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 400 }), urgency, (target, today, later, u) => {
        const a = rank[String(clockState(target, u, today)) as keyof typeof rank];
        const b = rank[String(clockState(target, u, addDays(today, later))) as keyof typeof rank];
        expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });
});
