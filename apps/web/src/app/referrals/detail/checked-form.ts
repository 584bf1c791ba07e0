import { HttpErrorResponse } from '@angular/common/http';
import { Directive, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { systemClock, today } from '@camhs/domain';
import { Observable } from 'rxjs';
import { describeError, validationErrors } from '../../shared/api-errors';
import { ErrorSummaryComponent, ErrorSummaryItem } from '../../shared/error-summary.component';
import { Messages } from './form-messages';

/** What the owner of a form does with the API's answer. */
export interface SubmitOutcome<T> {
  saved: (result: T) => void;
  /** The API's 409 message: the record changed under the form, so only a reload helps. */
  conflict: (message: string) => void;
}

/**
 * What every form that writes through the API does: checks in the browser first (summary focused
 * when they fail), then sends; a 400's field errors go next to their fields (and in the summary),
 * a 409 goes to the owner, success goes to the owner. The form's heading (`#formHeading`) takes
 * focus when the form opens.
 */
@Directive()
export abstract class CheckedForm<F extends string> {
  private readonly injector = inject(Injector);

  /** The form's fields in page order (also the controls' ids). */
  protected abstract readonly fields: readonly F[];

  readonly fieldErrors = signal<Messages<F>>({});
  readonly problems = signal<string[]>([]);
  readonly submitting = signal(false);
  readonly summary = computed<ErrorSummaryItem[]>(() => {
    const errors = this.fieldErrors();
    const ordered = [...this.fields, ...(Object.keys(errors) as F[]).filter((field) => !this.fields.includes(field))];
    return [...ordered.flatMap((field) => (errors[field] ?? []).map((text) => ({ target: field, text }))), ...this.problems().map((text) => ({ target: null, text }))];
  });

  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly headingElement = viewChild<ElementRef<HTMLElement>>('formHeading');

  constructor() {
    afterNextRender(() => this.headingElement()?.nativeElement.focus());
  }

  errorsFor(field: F): string[] {
    return this.fieldErrors()[field] ?? [];
  }

  protected today(): string {
    return today(systemClock);
  }

  /** The form's field for a field the API names in a 400, or undefined when the form has no such field. */
  protected abstract fieldForApi(name: string): F | undefined;

  /** Show the browser's findings, or send and hand the answer to the owner. */
  protected submitChecked<T>(problems: Messages<F>, send: () => Observable<T>, outcome: SubmitOutcome<T>): void {
    if (this.submitting()) return;
    this.problems.set([]);
    this.fieldErrors.set(problems);
    if (Object.keys(problems).length > 0) {
      this.focusSummary();
      return;
    }
    this.submitting.set(true);
    send().subscribe({
      next: (result) => {
        this.submitting.set(false);
        outcome.saved(result);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.failed(error, outcome);
      },
    });
  }

  private failed<T>(error: unknown, outcome: SubmitOutcome<T>): void {
    if (error instanceof HttpErrorResponse && error.status === 409) {
      outcome.conflict(describeError(error));
      return;
    }
    if (error instanceof HttpErrorResponse && error.status === 401) return; // on the way to sign in
    const serverErrors = validationErrors(error);
    if (serverErrors) {
      const byField: Messages<F> = {};
      const other: string[] = [];
      for (const { field, messages } of serverErrors) {
        const mine = this.fieldForApi(field);
        if (mine) (byField[mine] ??= []).push(...messages);
        else other.push(...messages);
      }
      this.fieldErrors.set(byField);
      this.problems.set(other);
    } else {
      this.problems.set([describeError(error)]);
    }
    this.focusSummary();
  }

  private focusSummary(): void {
    afterNextRender(() => this.summaryBox()?.focus(), { injector: this.injector });
  }
}
