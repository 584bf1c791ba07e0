import { HttpErrorResponse } from '@angular/common/http';
import { FieldError, ValidationErrorBody } from '@camhs/contracts';

export const SERVICE_NOT_ANSWERING = 'The service is not answering. Your data has not been lost; try again in a moment.';

/** No answer at all (network, proxy with the API down) or a gateway/server failure. */
export function isServiceNotAnswering(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse)) return false;
  return error.status === 0 || error.status >= 500;
}

/** The field errors of a 400 answer, or null when the error is something else. */
export function validationErrors(error: unknown): FieldError[] | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 400) return null;
  const body = error.error as Partial<ValidationErrorBody> | null;
  if (!body || !Array.isArray(body.errors)) {
    return [{ field: '', messages: [typeof body?.message === 'string' ? body.message : 'The details were not accepted'] }];
  }
  return body.errors;
}

/** A short sentence for any other failure, using the server's message when it gave one. */
export function describeError(error: unknown): string {
  if (isServiceNotAnswering(error)) return SERVICE_NOT_ANSWERING;
  if (error instanceof HttpErrorResponse) {
    const body = error.error as { message?: unknown } | null;
    if (body && typeof body.message === 'string' && body.message) return body.message;
    return `The request failed (${error.status} ${error.statusText}).`;
  }
  return 'Something went wrong.';
}

/** A 400 answer's messages sorted into the form's own fields and the rest (shown in the summary only). */
export function groupFieldErrors<F extends string>(
  errors: readonly FieldError[],
  isField: (field: string) => field is F,
): { byField: Partial<Record<F, string[]>>; other: string[] } {
  const byField: Partial<Record<F, string[]>> = {};
  const other: string[] = [];
  for (const { field, messages } of errors) {
    if (isField(field)) (byField[field] ??= []).push(...messages);
    else other.push(...messages);
  }
  return { byField, other };
}
