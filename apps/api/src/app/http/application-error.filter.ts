import { NotFoundError, ValidationFailedError } from '@camhs/application';
import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { validationErrorBody } from './validation.pipe';

/** Maps application errors to HTTP answers; everything else falls through to Nest's handling. */
@Catch(ValidationFailedError, NotFoundError)
export class ApplicationErrorFilter implements ExceptionFilter {
  catch(error: ValidationFailedError | NotFoundError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof ValidationFailedError) {
      res.status(400).json(validationErrorBody(error.errors));
      return;
    }
    res.status(404).json({ statusCode: 404, error: 'Not Found', message: error.message });
  }
}
