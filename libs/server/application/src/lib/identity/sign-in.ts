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

type Attempt = { kind: 'signed-in'; token: string } | { kind: 'invalid' } | { kind: 'locked'; until: Date };

interface UserRow {
  id: string;
  username: string;
  password_hash: string | null;
  active: boolean;
  failed_sign_ins: number;
  locked_until: Date | null;
}

/**
 * Username + password sign-in. Counts failures per account and locks it for a while after too many
 * (the domain's lockout rule); every attempt is audited. The password is checked outside any
 * transaction (scrypt is deliberately slow), then a short locked transaction records the outcome.
 * Every path costs one scrypt, so timing does not tell unknown, locked and wrong apart.
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
    const [found]: UserRow[] = await this.db.query(
      `SELECT id, username, password_hash, active, failed_sign_ins, locked_until FROM app_user WHERE username = $1`,
      [username],
    );
    const usable = found && found.active && found.password_hash ? found : null;
    const passwordMatches = await verifyPassword(input.password, usable?.password_hash ?? (await decoyHash()));

    // Decide and record inside the transaction; throw after it commits, so a failure's count and audit entry persist.
    const attempt = await this.db.transaction(async (em): Promise<Attempt> => {
      const actor: AuditActor = { userId: found?.id ?? null, username: found?.username ?? null, roleUsed: null, requestId: request.requestId, operation: 'POST /api/auth/sign-in' };
      if (!usable) {
        await recordAudit(em, actor, { action: 'sign-in', entityType: 'session', outcome: 'failure' });
        return { kind: 'invalid' };
      }
      const now = this.clock.now();
      // Re-read under a row lock: concurrent attempts must not lose each other's failure counts.
      const [user]: UserRow[] = await em.query(`SELECT failed_sign_ins, locked_until FROM app_user WHERE id = $1 FOR UPDATE`, [usable.id]);
      const record = { failedAttempts: user.failed_sign_ins, lockedUntil: user.locked_until };
      if (isLocked(record, now)) {
        await recordAudit(em, actor, { action: 'sign-in', entityType: 'session', outcome: 'denied' });
        return { kind: 'locked', until: record.lockedUntil as Date };
      }
      if (!passwordMatches) {
        const next = afterFailedSignIn(record, now, this.rule);
        await em.query(`UPDATE app_user SET failed_sign_ins = $2, locked_until = $3 WHERE id = $1`, [usable.id, next.failedAttempts, next.lockedUntil]);
        await recordAudit(em, actor, { action: 'sign-in', entityType: 'session', outcome: 'failure' });
        return next.lockedUntil ? { kind: 'locked', until: next.lockedUntil } : { kind: 'invalid' };
      }
      const reset = AFTER_SUCCESSFUL_SIGN_IN;
      await em.query(`UPDATE app_user SET failed_sign_ins = $2, locked_until = $3 WHERE id = $1`, [usable.id, reset.failedAttempts, reset.lockedUntil]);
      const { token, sessionId } = await this.sessions.start(em, usable.id);
      await recordAudit(em, actor, { action: 'sign-in', entityType: 'session', entityId: sessionId, outcome: 'success' });
      return { kind: 'signed-in', token };
    });
    if (attempt.kind === 'invalid') throw new InvalidCredentialsError();
    if (attempt.kind === 'locked') throw new AccountLockedError(attempt.until);
    return { token: attempt.token };
  }
}
