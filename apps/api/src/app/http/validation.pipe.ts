import type { FieldError, ValidationErrorBody } from '@camhs/contracts';
import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

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

/**
 * Where `value` holds the NUL character (U+0000), as a dotted path below `path` (array items by index),
 * or null. PostgreSQL text cannot store it, so such a value would fail in SQL instead of being refused.
 */
export function nulCharacterAt(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = nulCharacterAt(key, path) ?? nulCharacterAt(item, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

/** The validation pipe, refusing first any body, query or path parameter that carries the NUL character. */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const at = nulCharacterAt(value, metadata.data ?? '');
      if (at !== null) {
        const field = at || metadata.type;
        throw new BadRequestException(validationErrorBody([{ field, messages: [`${field} must not contain the NUL character (\\u0000)`] }]));
      }
    }
    return super.transform(value, metadata);
  }
}

/** Whitelisting, unknown properties rejected, the NUL character refused, every field named in the 400 body. */
export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new BadRequestException(validationErrorBody(toFieldErrors(errors))),
  });
}
