import fc from 'fast-check';
import { addDays, compareDates, daysBetween, isCalendarDate } from './calendar-date';
import { fixedClock, today } from './clock';

const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar dates', () => {
  it('recognises real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate(20260101)).toBe(false);
  });

  it('counts whole days across month and year ends', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });

  it('addDays and daysBetween are inverse (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
        expect(Math.sign(compareDates(addDays(d, n), d))).toBe(Math.sign(n));
      }),
    );
  });
});

describe('today in Europe/London', () => {
  it('is the UK calendar date, not the UTC one, during British Summer Time', () => {
    // 23:30 UTC on 30 June is 00:30 BST on 1 July
    expect(today(fixedClock('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });

  it('equals the UTC date in winter (GMT)', () => {
    expect(today(fixedClock('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('changes at midnight on the day the clocks go forward', () => {
    // 29 March 2026: clocks go forward at 01:00 UTC. 00:59 UTC = 00:59 GMT, still the 29th
    expect(today(fixedClock('2026-03-28T23:59:00Z'))).toBe('2026-03-28');
    expect(today(fixedClock('2026-03-29T00:00:00Z'))).toBe('2026-03-29');
  });
});
