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

/** Wrong username or password (deliberately not saying which). */
export class InvalidCredentialsError extends Error {
  constructor() {
    super('Username or password is incorrect');
    this.name = 'InvalidCredentialsError';
  }
}

/** Too many failed sign-ins: the account is locked until `until`. */
export class AccountLockedError extends Error {
  constructor(readonly until: Date) {
    super(`Too many failed sign-ins: this account is locked until ${formatLondonTime(until)}. Try again then, or ask an administrator.`);
    this.name = 'AccountLockedError';
  }
}

function formatLondonTime(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' }).format(at);
}

/** The request conflicts with what is recorded now (a stale version, or a move the current state does not allow). */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}
