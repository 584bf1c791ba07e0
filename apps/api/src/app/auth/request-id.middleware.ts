import { randomUUID } from 'node:crypto';
import type { NextFunction, Response } from 'express';
import type { ApiRequest } from './http-request';

/**
 * Give every request an id of the server's own making (a caller must not be able to reuse another
 * request's id in the audit trail), echoed back in `X-Request-Id` for support calls.
 */
export function requestIdMiddleware(req: ApiRequest, res: Response, next: NextFunction): void {
  req.requestId = randomUUID();
  res.setHeader('X-Request-Id', req.requestId);
  next();
}
