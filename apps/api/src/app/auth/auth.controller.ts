import { Principal, SessionStore, SignIn, sessionView } from '@camhs/application';
import { APP_CONFIG, AppConfig } from '@camhs/config';
import type { SessionView } from '@camhs/contracts';
import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { CurrentActor, CurrentPrincipal } from './current-actor.decorator';
import type { Actor } from '@camhs/application';
import { SessionViewDto, SignInDto } from './auth.dto';
import type { ApiRequest } from './http-request';
import { clearSessionCookies, setSessionCookies } from './session-cookies';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signInWithPassword: SignIn,
    private readonly sessions: SessionStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Username + password. Rate-limited per client address; accounts lock after repeated failures. */
  @Post('sign-in')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOkResponse({ type: SessionViewDto, description: 'sets the httpOnly session cookie and the XSRF-TOKEN cookie' })
  @ApiUnauthorizedResponse({ description: 'username or password is incorrect' })
  @ApiTooManyRequestsResponse({ description: 'account locked after repeated failures, or too many attempts from this address' })
  async signIn(@Body() body: SignInDto, @Req() req: ApiRequest, @Res({ passthrough: true }) res: Response): Promise<SessionView> {
    const { token } = await this.signInWithPassword.execute(body, { requestId: req.requestId });
    const resolved = await this.sessions.resolve(token);
    if (!('principal' in resolved)) throw new Error('a session just started did not resolve');
    setSessionCookies(res, token, resolved.principal.csrfToken, this.config.auth.cookieSecure);
    return sessionView(resolved.principal);
  }

  @Post('sign-out')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'the session is revoked and the cookies cleared' })
  async signOut(@CurrentPrincipal() principal: Principal, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessions.end(principal.sessionId, actor);
    clearSessionCookies(res, this.config.auth.cookieSecure);
  }

  @Get('session')
  @ApiOkResponse({ type: SessionViewDto })
  @ApiUnauthorizedResponse({ description: 'not signed in, or the session has ended' })
  session(@CurrentPrincipal() principal: Principal): SessionView {
    return sessionView(principal);
  }
}
