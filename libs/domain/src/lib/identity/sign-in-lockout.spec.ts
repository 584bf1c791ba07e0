import { afterFailedSignIn, isLocked } from './sign-in-lockout';

const rule = { maxFailures: 5, lockMinutes: 15 };
const t = (hhmm: string) => new Date(`2026-11-22T${hhmm}:00Z`);

describe('sign-in lockout (5 failures → 15 minutes)', () => {
  it('locks on the fifth failure in a row, until 15 minutes later', () => {
    let r = { failedAttempts: 0, lockedUntil: null as Date | null };
    for (let i = 1; i <= 4; i++) {
      r = afterFailedSignIn(r, t('10:00'), rule);
      expect(r).toEqual({ failedAttempts: i, lockedUntil: null });
    }
    r = afterFailedSignIn(r, t('10:01'), rule);
    expect(r).toEqual({ failedAttempts: 5, lockedUntil: t('10:16') });
    expect(isLocked(r, t('10:15'))).toBe(true);
    expect(isLocked(r, t('10:16'))).toBe(false);
  });

  it('does not extend a lock when attempts continue during it', () => {
    const locked = { failedAttempts: 5, lockedUntil: t('10:16') };
    expect(afterFailedSignIn(locked, t('10:10'), rule)).toBe(locked);
  });

  it('starts a fresh count after a lock has run out', () => {
    const expired = { failedAttempts: 5, lockedUntil: t('10:16') };
    expect(afterFailedSignIn(expired, t('10:30'), rule)).toEqual({ failedAttempts: 1, lockedUntil: null });
  });
});
