import { AuditActor, Principal, SessionStore, recordAudit } from '@camhs/application';
import { APP_CONFIG, AppConfig } from '@camhs/config';
import { CSRF_HEADER, SESSION_COOKIE, permits } from '@camhs/contracts';
import { clinicalScope } from '@camhs/domain';
import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ApiRequest } from './http-request';
import { RoutePolicyRegistry } from './route-policy.registry';
import { clearSessionCookies } from './session-cookies';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global guard, default deny: finds the route's declared policy, resolves the session cookie to a
 * principal, checks the roles, and for cookie-authenticated writes checks the CSRF token. Every
 * refusal is audited. Record scope is applied later, by the use case, from `req.actor.scope`.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly registry: RoutePolicyRegistry,
    private readonly sessions: SessionStore,
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<ApiRequest>();
    const res = ctx.switchToHttp().getResponse<Response>();
    const route = this.registry.lookup(ctx.getHandler());
    if (!route) throw new ForbiddenException('No access policy is declared for this route');

    const token: unknown = req.cookies?.[SESSION_COOKIE];
    let principal: Principal | null = null;
    let ended: string | null = null;
    if (typeof token === 'string' && token.length > 0) {
      const resolved = await this.sessions.resolve(token);
      if ('principal' in resolved) principal = resolved.principal;
      else {
        ended = resolved.ended;
        clearSessionCookies(res, this.config.auth.cookieSecure);
      }
    }

    const decision = permits(route.policy, principal?.roles ?? null);
    const who: AuditActor = {
      userId: principal?.userId ?? null,
      username: principal?.username ?? null,
      roleUsed: decision.roleUsed,
      requestId: req.requestId,
      operation: route.key,
    };
    if (!decision.allowed) {
      // Refusals of users (or of ended sessions) are audited. A request with no session at all is
      // only logged (request log): auditing it would let anyone grow an append-only table at will.
      if (principal || token) await recordAudit(this.db, who, { action: 'denied', entityType: 'route', outcome: 'denied' });
      if (!principal) {
        throw new UnauthorizedException(ended && ended !== 'unknown' ? 'Your session has ended. Sign in again to continue.' : 'Sign in to continue.');
      }
      throw new ForbiddenException('Your roles do not allow this.');
    }

    if (!SAFE_METHODS.has(req.method)) {
      // Browsers say where a request came from; a cross-site write is refused even before sign-in.
      // Writes carry JSON: a cross-site HTML form (which could post without a preflight) cannot. File
      // uploads (multipart) are accepted from a signed-in caller only, whose CSRF token is checked below.
      const hasBody = Number(req.header('content-length') ?? 0) > 0 || req.header('transfer-encoding') !== undefined;
      if (hasBody && !req.is('application/json') && !(principal && req.is('multipart/form-data'))) {
        throw new UnsupportedMediaTypeException('Send the request body as application/json.');
      }
      if (req.header('sec-fetch-site') === 'cross-site') {
        await recordAudit(this.db, who, { action: 'denied', entityType: 'route', outcome: 'denied' });
        throw new ForbiddenException('Cross-site requests are not accepted.');
      }
      if (principal && !sameToken(req.header(CSRF_HEADER), principal.csrfToken)) {
        await recordAudit(this.db, who, { action: 'denied', entityType: 'csrf', outcome: 'denied' });
        throw new ForbiddenException(`Missing or invalid CSRF token: send the ${CSRF_HEADER} header with the value of the XSRF-TOKEN cookie.`);
      }
    }

    if (principal) {
      req.principal = principal;
      req.actor = {
        ...who,
        userId: principal.userId,
        username: principal.username,
        roles: principal.roles,
        scope: clinicalScope(principal),
      };
    }
    return true;
  }
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
