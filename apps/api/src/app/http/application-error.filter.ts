import { AccountLockedError, ConflictError, InvalidCredentialsError, NotFoundError, ValidationFailedError } from '@camhs/application';
import { redactSqlMessage } from '@camhs/persistence';
import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import type { ApiRequest } from '../auth/http-request';
import { isDatabaseUnavailable } from './database-unavailable';
import { validationErrorBody } from './validation.pipe';

const RETRY_AFTER_SECONDS = 5;
export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is not available at the moment. Reload to see whether your last change was saved, then try again in a few seconds.';

/**
 * Maps application errors to HTTP answers and lets Nest answer its own HttpExceptions. A database
 * that cannot be reached (down, restarting, connection cut) answers 503 with Retry-After. Anything
 * else is a fault: it answers 500 with the request id, and is logged by name, redacted message and
 * stack only — never the error object itself, whose fields (a failed query's parameters, say) can
 * carry children's names and NHS numbers.
 */
@Catch()
export class ApplicationErrorFilter extends BaseExceptionFilter {
  private readonly log = new Logger('error');

  override catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<ApiRequest>();
    if (error instanceof HttpException) return super.catch(error, host);
    if (error instanceof ValidationFailedError) {
      res.status(400).json(validationErrorBody(error.errors));
      return;
    }
    if (error instanceof InvalidCredentialsError) {
      res.status(401).json({ statusCode: 401, error: 'Unauthorized', message: error.message });
      return;
    }
    if (error instanceof AccountLockedError) {
      const seconds = Math.max(1, Math.ceil((error.until.getTime() - Date.now()) / 1000));
      res.status(429).setHeader('Retry-After', String(seconds)).json({ statusCode: 429, error: 'Too Many Requests', message: error.message });
      return;
    }
    if (error instanceof ConflictError) {
      res.status(409).json({ statusCode: 409, error: 'Conflict', message: error.message });
      return;
    }
    if (error instanceof NotFoundError) {
      // Same answer whether the record does not exist or is outside the caller's scope: ids cannot be probed.
      res.status(404).json({ statusCode: 404, error: 'Not Found', message: error.message });
      return;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    if (isDatabaseUnavailable(error)) {
      // Not a fault of the request or the code: the database is down, restarting or cut the connection.
      // The client may try again; whether a write that was under way when the connection went was
      // saved is not known here, so the answer says to reload first.
      this.log.warn(`${req.requestId ?? '-'} ${req.method} ${req.originalUrl.split('?')[0]}: database unavailable (${e.name}: ${redactSqlMessage(e.message)})`);
      res.status(503).setHeader('Retry-After', String(RETRY_AFTER_SECONDS)).json({ statusCode: 503, error: 'Service Unavailable', message: DATABASE_UNAVAILABLE_MESSAGE });
      return;
    }
    const frames = (e.stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at ')).join('\n');
    this.log.error(`${req.requestId ?? '-'} ${req.method} ${req.originalUrl.split('?')[0]}: ${e.name}: ${redactSqlMessage(e.message)}\n${frames}`);
    res.status(500).json({ statusCode: 500, error: 'Internal Server Error', message: `Something went wrong. Quote request id ${req.requestId ?? '-'} when reporting it.` });
  }
}
