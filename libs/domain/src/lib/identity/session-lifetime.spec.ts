import fc from 'fast-check';
import { sessionState } from './session-lifetime';

const at = (iso: string) => new Date(iso);
const limits = { idleMinutes: 30, absoluteMinutes: 12 * 60 };

describe('sessionState (30 min idle, 12 h absolute)', () => {
  const started = at('2026-11-22T09:00:00Z');

  it('is live until 30 minutes after last use', () => {
    const s = { startedAt: started, lastSeenAt: at('2026-11-22T09:10:00Z'), revokedAt: null };
    expect(sessionState(s, at('2026-11-22T09:39:59Z'), limits)).toEqual({ live: true, expiresAt: at('2026-11-22T09:40:00Z') });
    expect(sessionState(s, at('2026-11-22T09:40:00Z'), limits)).toEqual({ live: false, reason: 'idle' });
  });

  it('ends 12 hours after sign-in however busy the user is', () => {
    const s = { startedAt: started, lastSeenAt: at('2026-11-22T20:55:00Z'), revokedAt: null };
    // idle end would be 21:25, but the absolute end (21:00) comes first
    expect(sessionState(s, at('2026-11-22T20:59:00Z'), limits)).toEqual({ live: true, expiresAt: at('2026-11-22T21:00:00Z') });
    expect(sessionState(s, at('2026-11-22T21:00:00Z'), limits)).toEqual({ live: false, reason: 'absolute' });
  });

  it('is over once revoked (signed out)', () => {
    const s = { startedAt: started, lastSeenAt: started, revokedAt: at('2026-11-22T09:05:00Z') };
    expect(sessionState(s, at('2026-11-22T09:06:00Z'), limits)).toEqual({ live: false, reason: 'revoked' });
  });

  it('property: live exactly when now is before both ends, and then expires at the earlier one', () => {
    const minute = 60_000;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 60 }), fc.integer({ min: 0, max: 24 * 60 }), (idleFor, sinceStart) => {
        const startedAt = started;
        const now = new Date(startedAt.getTime() + sinceStart * minute);
        const lastSeenAt = new Date(Math.max(startedAt.getTime(), now.getTime() - idleFor * minute));
        const state = sessionState({ startedAt, lastSeenAt, revokedAt: null }, now, limits);
        const idleMinutes = (now.getTime() - lastSeenAt.getTime()) / minute;
        const expectLive = sinceStart < 720 && idleMinutes < 30;
        expect(state.live).toBe(expectLive);
        if (state.live) {
          const expected = Math.min(startedAt.getTime() + 720 * minute, lastSeenAt.getTime() + 30 * minute);
          expect(state.expiresAt.getTime()).toBe(expected);
          expect(state.expiresAt.getTime()).toBeGreaterThan(now.getTime());
        }
      }),
    );
  });
});
