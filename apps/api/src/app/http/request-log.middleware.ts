import { Logger } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { ApiRequest } from '../auth/http-request';

const log = new Logger('http');

/**
 * One line per request: id, method, path, status, time, user id. The query string and bodies are
 * never logged (they can hold names and NHS numbers); paths hold ids only.
 */
export function requestLogMiddleware(req: ApiRequest, res: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const path = req.originalUrl.split('?')[0];
    log.log(`${req.requestId} ${req.method} ${path} ${res.statusCode} ${ms.toFixed(0)}ms user=${req.principal?.userId ?? '-'}`);
  });
  next();
}
