import type { Actor, Principal } from '@camhs/application';
import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { ApiRequest } from './http-request';

/** The signed-in caller of this request, as the access guard established it. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<ApiRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a route whose policy lets anonymous callers in');
  return actor;
});

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<ApiRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route whose policy lets anonymous callers in');
  return principal;
});
