import { APP_CONFIG, AppConfig } from '@camhs/config';
import type { SignInRequest } from '@camhs/contracts';
import { AFTER_SUCCESSFUL_SIGN_IN, Clock, LockoutRule, afterFailedSignIn, isLocked } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditActor, recordAudit } from '../audit/audit-log';
import { CLOCK } from '../common/clock.provider';
import { AccountLockedError, InvalidCredentialsError } from '../common/errors';
import { decoyHash, verifyPassword } from './password-hasher';
import { SessionStore } from './session-store';

type Attempt =
  | { kind: 'signed-in'; token: string }
  | { kind: 'invalid' }
  | { kind: 'locked'; until: Date };

/**
 * Username + password sign-in. Counts failures per account and locks it for a while after too many
 * (the domain's lockout rule); every attempt is audited. An unknown username costs the same time
 * as a known one, so timing does not reveal which usernames exist.
 */
@Injectable()
export class SignIn {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get rule(): LockoutRule {
    return { maxFailures: this.config.auth.maxFailedSignIns, lockMinutes: this.config.auth.lockMinutes };
  }

  /** Returns the session token for the cookie; throws InvalidCredentialsError / AccountLockedError. */
  async execute(input: SignInRequest, request: { requestId: string | null }): Promise<{ token: string }> {
    const username = input.username.trim().toLowerCase();
    // Decide inside the transaction; throw after it commits, so a failure's count and audit entry persist.
    const attempt = await this.db.transaction(async (em): Promise<Attempt> => {
      const now = this.clock.now();
      const [user] = await em.query(
        `SELECT id, username, password_hash, roles, active, failed_sign_ins, locked_until FROM app_user WHERE username = $1 FOR UPDATE`,
        [username],
      );
      const actor: AuditActor = {
        userId: user?.id ?? null,
        username: user?.username ?? null,
        roleUsed: null,
        requestId: request.requestId,
        operation: 'POST /api/auth/sign-in',
      };
      if (!user || !user.active || !user.password_hash) {
        await verifyPassword(input.password, await decoyHash());
        await recordAudit(em, actor, { action: 'sign-in', entityType: 'session', outcome: 'failure' });
        return { kind: 'invalid' };
      }
      const record = { failedAttempts: user.failed_sign_ins as number, lockedUntil: user.locked_until as Date | null };
      if (isLocked(record, now)) {
        await recordAudit(em, actor, { action: 'sign-in', entityType: 'session', outcome: 'denied' });
        return { kind: 'locked', until: record.lockedUntil as Date };
      }
      if (!(await verifyPassword(input.password, user.password_hash))) {
        const next = afterFailedSignIn(record, now, this.rule);
        await em.query(`UPDATE app_user SET failed_sign_ins = $2, locked_until = $3 WHERE id = $1`, [user.id, next.failedAttempts, next.lockedUntil]);
        await recordAudit(em, actor, { action: 'sign-in', entityType: 'session', outcome: 'failure' });
        return next.lockedUntil ? { kind: 'locked', until: next.lockedUntil } : { kind: 'invalid' };
      }
      const reset = AFTER_SUCCESSFUL_SIGN_IN;
      await em.query(`UPDATE app_user SET failed_sign_ins = $2, locked_until = $3 WHERE id = $1`, [user.id, reset.failedAttempts, reset.lockedUntil]);
      const { token, sessionId } = await this.sessions.start(em, user.id);
      await recordAudit(em, actor, { action: 'sign-in', entityType: 'session', entityId: sessionId, outcome: 'success' });
      return { kind: 'signed-in', token };
    });
    if (attempt.kind === 'invalid') throw new InvalidCredentialsError();
    if (attempt.kind === 'locked') throw new AccountLockedError(attempt.until);
    return { token: attempt.token };
  }
}
