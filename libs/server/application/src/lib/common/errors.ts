import type { FieldError } from '@camhs/contracts';

/** Input that breaks a rule; every offending field is named. Adapters map it to 400 / a CLI error. */
export class ValidationFailedError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(`Invalid input: ${errors.map((e) => `${e.field} (${e.messages.join('; ')})`).join(', ')}`);
    this.name = 'ValidationFailedError';
  }

  static of(problems: { field: string; message: string }[]): ValidationFailedError {
    const byField = new Map<string, string[]>();
    for (const p of problems) byField.set(p.field, [...(byField.get(p.field) ?? []), p.message]);
    return new ValidationFailedError([...byField].map(([field, messages]) => ({ field, messages })));
  }
}

/** The record does not exist (or is outside the caller's scope: the answer is the same). */
export class NotFoundError extends Error {
  constructor(readonly entity: string, readonly id: string) {
    super(`${entity} ${id} was not found`);
    this.name = 'NotFoundError';
  }
}
