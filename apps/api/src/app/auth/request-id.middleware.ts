import { randomUUID } from 'node:crypto';
import type { NextFunction, Response } from 'express';
import type { ApiRequest } from './http-request';

const ACCEPTABLE = /^[A-Za-z0-9._-]{8,64}$/;

/** Give every request an id (a caller's `X-Request-Id` if it is sane), echoed back and recorded in the audit trail. */
export function requestIdMiddleware(req: ApiRequest, res: Response, next: NextFunction): void {
  const given = req.header('x-request-id');
  req.requestId = given && ACCEPTABLE.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', req.requestId);
  next();
}
