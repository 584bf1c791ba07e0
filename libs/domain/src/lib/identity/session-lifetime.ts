/** Idle and absolute limits of a signed-in session. */
export interface SessionLimits {
  idleMinutes: number;
  absoluteMinutes: number;
}

/** The service's defaults: 30 minutes idle, 12 hours at most. */
export const DEFAULT_SESSION_LIMITS: SessionLimits = { idleMinutes: 30, absoluteMinutes: 12 * 60 };

export type SessionState =
  | { live: true; expiresAt: Date }
  | { live: false; reason: 'idle' | 'absolute' | 'revoked' };

const MINUTE = 60_000;

/**
 * Is a session still usable at `now`? It ends `idleMinutes` after it was last used or
 * `absoluteMinutes` after it started, whichever comes first, or when it was revoked (sign-out).
 * A live session's `expiresAt` is when it will end if it is not used again.
 */
export function sessionState(
  session: { startedAt: Date; lastSeenAt: Date; revokedAt: Date | null },
  now: Date,
  limits: SessionLimits = DEFAULT_SESSION_LIMITS,
): SessionState {
  if (session.revokedAt && session.revokedAt.getTime() <= now.getTime()) return { live: false, reason: 'revoked' };
  const absoluteEnd = session.startedAt.getTime() + limits.absoluteMinutes * MINUTE;
  const idleEnd = session.lastSeenAt.getTime() + limits.idleMinutes * MINUTE;
  if (now.getTime() >= absoluteEnd) return { live: false, reason: 'absolute' };
  if (now.getTime() >= idleEnd) return { live: false, reason: 'idle' };
  return { live: true, expiresAt: new Date(Math.min(absoluteEnd, idleEnd)) };
}
