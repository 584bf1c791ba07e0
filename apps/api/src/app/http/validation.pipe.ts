import type { FieldError, ValidationErrorBody } from '@camhs/contracts';
import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** Flatten class-validator's tree into one entry per offending field (dotted paths for nesting). */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    if (e.constraints) out.push({ field, messages: Object.values(e.constraints) });
    if (e.children?.length) out.push(...toFieldErrors(e.children, field));
  }
  return out;
}

export function validationErrorBody(errors: FieldError[]): ValidationErrorBody {
  return {
    statusCode: 400,
    error: 'Bad Request',
    message: `Invalid ${errors.map((e) => e.field).join(', ')}`,
    errors,
  };
}

/** Whitelisting, unknown properties rejected, every field named in the 400 body. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new BadRequestException(validationErrorBody(toFieldErrors(errors))),
  });
}
