/** After `maxFailures` failed sign-ins in a row an account is locked for `lockMinutes`. */
export interface LockoutRule {
  maxFailures: number;
  lockMinutes: number;
}

export const DEFAULT_LOCKOUT: LockoutRule = { maxFailures: 5, lockMinutes: 15 };

export interface SignInRecord {
  /** Failed attempts since the last success (or since the last lock ended). */
  failedAttempts: number;
  lockedUntil: Date | null;
}

export function isLocked(record: SignInRecord, now: Date): boolean {
  return record.lockedUntil !== null && record.lockedUntil.getTime() > now.getTime();
}

/**
 * The record after a failed attempt at `now`. A lock that has run out starts a fresh count; the
 * attempt that reaches `maxFailures` locks the account until `now + lockMinutes`.
 */
export function afterFailedSignIn(record: SignInRecord, now: Date, rule: LockoutRule = DEFAULT_LOCKOUT): SignInRecord {
  if (isLocked(record, now)) return record;
  const expired = record.lockedUntil !== null;
  const failedAttempts = (expired ? 0 : record.failedAttempts) + 1;
  if (failedAttempts >= rule.maxFailures) {
    return { failedAttempts, lockedUntil: new Date(now.getTime() + rule.lockMinutes * 60_000) };
  }
  return { failedAttempts, lockedUntil: null };
}

/** A successful sign-in clears the count. */
export const AFTER_SUCCESSFUL_SIGN_IN: SignInRecord = { failedAttempts: 0, lockedUntil: null };
