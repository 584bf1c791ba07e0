import { addDays } from '@camhs/domain';
import fc from 'fast-check';
import { calendarDate, dayNumber } from './day-numbers';

describe('day numbers', () => {
  it('count days from 1 January 1970', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    // 2024 is a leap year: 1 Mar 2024 is day 19,783 (54 years of 365 days + 13 leap days + 31 + 29).
    expect(dayNumber('2024-03-01')).toBe(54 * 365 + 13 + 31 + 29);
    expect(calendarDate(dayNumber('2024-02-29') + 1)).toBe('2024-03-01');
  });

  it('agree with the domain’s calendar arithmetic (property)', () => {
    const day = fc.integer({ min: 0, max: 365 * 120 }).map((n) => addDays('1950-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: -2000, max: 2000 }), (date, n) => {
        expect(calendarDate(dayNumber(date) + n)).toBe(addDays(date, n));
      }),
    );
  });
});
