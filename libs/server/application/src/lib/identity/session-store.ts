import { APP_CONFIG, AppConfig } from '@camhs/config';
import type { SessionView, TeamMembershipView } from '@camhs/contracts';
import { Clock, Role, SessionLimits, sessionState } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditActor, Sql, recordAudit } from '../audit/audit-log';
import { CLOCK } from '../common/clock.provider';
import type { Principal } from './actor';

/** Sessions are touched at most this often, so a busy page does not write on every request. */
const TOUCH_AFTER_MS = 30_000;

export type ResolvedSession = { principal: Principal } | { ended: 'idle' | 'absolute' | 'revoked' | 'unknown' | 'inactive-user' };

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Server-side sessions in PostgreSQL. The browser holds a random 256-bit token (httpOnly cookie);
 * the table holds its SHA-256. Any way of proving who someone is (password today, an OpenID
 * Connect provider later) ends in `start(userId)`; controllers only ever see the Principal.
 */
@Injectable()
export class SessionStore {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get limits(): SessionLimits {
    return { idleMinutes: this.config.auth.sessionIdleMinutes, absoluteMinutes: this.config.auth.sessionAbsoluteMinutes };
  }

  /** Open a session for a user whose identity has been proven; returns the cookie token. */
  async start(sql: Sql, userId: string): Promise<{ token: string; sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    // Housekeeping: the user's ended sessions are of no further use (sign-ins and sign-outs are in the audit trail).
    await sql.query(
      `DELETE FROM user_session WHERE user_id = $1
          AND (revoked_at IS NOT NULL OR started_at <= $2::timestamptz - make_interval(mins => $3) OR last_seen_at <= $2::timestamptz - make_interval(mins => $4))`,
      [userId, now, this.limits.absoluteMinutes, this.limits.idleMinutes],
    );
    const [row] = await sql.query(
      `INSERT INTO user_session (token_hash, user_id, csrf_token, started_at, last_seen_at) VALUES ($1, $2, $3, $4, $4) RETURNING id`,
      [tokenHash(token), userId, csrf, now],
    );
    return { token, sessionId: row.id };
  }

  async resolve(token: string): Promise<ResolvedSession> {
    const now = this.clock.now();
    const [s] = await this.db.query(
      `SELECT s.id, s.user_id, s.csrf_token, s.started_at, s.last_seen_at, s.revoked_at,
              u.username, u.display_name, u.roles, u.active
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1`,
      [tokenHash(token)],
    );
    if (!s) return { ended: 'unknown' };
    const state = sessionState({ startedAt: s.started_at, lastSeenAt: s.last_seen_at, revokedAt: s.revoked_at }, now, this.limits);
    if (!state.live) return { ended: state.reason };
    if (!s.active) return { ended: 'inactive-user' };
    let expiresAt = state.expiresAt;
    if (now.getTime() - (s.last_seen_at as Date).getTime() > TOUCH_AFTER_MS) {
      await this.db.query(`UPDATE user_session SET last_seen_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [s.id, now]);
      const touched = sessionState({ startedAt: s.started_at, lastSeenAt: now, revokedAt: null }, now, this.limits);
      if (touched.live) expiresAt = touched.expiresAt;
    }
    const membership = await this.membership(s.user_id);
    return {
      principal: {
        userId: s.user_id,
        username: s.username,
        displayName: s.display_name,
        roles: s.roles as Role[],
        ...membership,
        sessionId: s.id,
        csrfToken: s.csrf_token,
        expiresAt,
      },
    };
  }

  /** Sign-out: revoke the session and audit it, together. */
  async end(sessionId: string, actor: AuditActor): Promise<void> {
    await this.db.transaction(async (em) => {
      await em.query(`UPDATE user_session SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [sessionId, this.clock.now()]);
      await recordAudit(em, actor, { action: 'sign-out', entityType: 'session', entityId: sessionId, outcome: 'success' });
    });
  }

  private async membership(userId: string): Promise<{ teams: TeamMembershipView[]; teamIds: string[]; areaIds: string[] }> {
    const rows: { id: string; code: string; name: string; service: 'camhs' | 'council'; area_ids: string[] }[] = await this.db.query(
      `SELECT t.id, t.code, t.name, t.service, coalesce(array_agg(ta.area_id) FILTER (WHERE ta.area_id IS NOT NULL), '{}') AS area_ids
         FROM user_team ut JOIN team t ON t.id = ut.team_id LEFT JOIN team_area ta ON ta.team_id = t.id
        WHERE ut.user_id = $1 GROUP BY t.id ORDER BY t.name`,
      [userId],
    );
    return {
      teams: rows.map(({ code, name, service }) => ({ code, name, service })),
      teamIds: rows.map((r) => r.id),
      areaIds: [...new Set(rows.flatMap((r) => r.area_ids))],
    };
  }
}

export function sessionView(p: Principal): SessionView {
  return {
    user: { id: p.userId, username: p.username, displayName: p.displayName, roles: p.roles, teams: p.teams },
    csrfToken: p.csrfToken,
    expiresAt: p.expiresAt.toISOString(),
  };
}
