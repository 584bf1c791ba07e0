import fc from 'fast-check';
import { addDays, daysBetween } from '../time/calendar-date';
import { ACCESS_TARGET_DAYS, accessDeadline } from './access-target';

describe('access deadline', () => {
  it('is 28 days after receipt for urgent referrals', () => {
    expect(accessDeadline('2026-11-20', 'urgent')).toBe('2026-12-18');
  });

  it('is 91 days (13 weeks) after receipt for routine referrals', () => {
    // Nov has 30 days: 20 Nov + 10 = 30 Nov; + 31 (Dec) = 41 → 31 Dec; + 31 (Jan) = 72 → 31 Jan; + 19 = 91 → 19 Feb
    expect(accessDeadline('2026-11-20', 'routine')).toBe('2027-02-19');
  });

  it('crosses a leap day correctly', () => {
    // 2024 is a leap year: 1 Feb + 28 days = 29 Feb
    expect(accessDeadline('2024-02-01', 'urgent')).toBe('2024-02-29');
    expect(accessDeadline('2023-02-01', 'urgent')).toBe('2023-03-01');
  });

  it('always lies exactly the target number of days after receipt (property)', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom('urgent' as const, 'routine' as const), (received, urgency) => {
        const deadline = accessDeadline(received, urgency);
        expect(daysBetween(received, deadline)).toBe(ACCESS_TARGET_DAYS[urgency]);
        expect(addDays(deadline, -ACCESS_TARGET_DAYS[urgency])).toBe(received);
      }),
    );
  });
});
