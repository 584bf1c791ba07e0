import { HttpErrorResponse } from '@angular/common/http';
import { Directive, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { ReferralView } from '@camhs/contracts';
import { systemClock, today } from '@camhs/domain';
import { Observable } from 'rxjs';
import { describeError, validationErrors } from '../../shared/api-errors';
import { ErrorSummaryComponent, ErrorSummaryItem } from '../../shared/error-summary.component';
import { Messages } from './form-messages';

/** What a form reports to the page once the API has accepted the change. */
export interface ActionSaved {
  referral: ReferralView;
  /** Announced to the user, e.g. "Access completed: accepted for assessment". */
  message: string;
}

/**
 * What every pathway action form does: checks in the browser first (summary focused when they
 * fail), then sends; a 400's field errors go next to their fields (and in the summary), a 409 goes
 * to the page (someone else changed the referral: only a reload helps), success goes to the page.
 * The form's heading (`#formHeading`) takes focus when the form opens.
 */
@Directive()
export abstract class ActionForm<F extends string> {
  private readonly injector = inject(Injector);

  readonly referral = input.required<ReferralView>();
  readonly saved = output<ActionSaved>();
  /** The API's 409 message. */
  readonly conflict = output<string>();
  readonly cancelled = output<void>();

  /** The form's fields in page order (also the controls' ids). */
  protected abstract readonly fields: readonly F[];
  /** The API's name for each field it may name in a 400. */
  protected abstract readonly apiFields: Readonly<Record<string, F>>;

  readonly fieldErrors = signal<Messages<F>>({});
  readonly problems = signal<string[]>([]);
  readonly submitting = signal(false);
  readonly summary = computed<ErrorSummaryItem[]>(() => {
    const errors = this.fieldErrors();
    return [
      ...this.fields.flatMap((field) => (errors[field] ?? []).map((text) => ({ target: field, text }))),
      ...this.problems().map((text) => ({ target: null, text })),
    ];
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

  /** Show the browser's findings, or send and report the answer. */
  protected run(problems: Messages<F>, send: () => Observable<ReferralView>, message: (referral: ReferralView) => string): void {
    if (this.submitting()) return;
    this.problems.set([]);
    this.fieldErrors.set(problems);
    if (Object.keys(problems).length > 0) {
      this.focusSummary();
      return;
    }
    this.submitting.set(true);
    send().subscribe({
      next: (referral) => {
        this.submitting.set(false);
        this.saved.emit({ referral, message: message(referral) });
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.failed(error);
      },
    });
  }

  private failed(error: unknown): void {
    if (error instanceof HttpErrorResponse && error.status === 409) {
      this.conflict.emit(describeError(error));
      return;
    }
    if (error instanceof HttpErrorResponse && error.status === 401) return; // on the way to sign in
    const serverErrors = validationErrors(error);
    if (serverErrors) {
      const byField: Messages<F> = {};
      const other: string[] = [];
      for (const { field, messages } of serverErrors) {
        const mine: F | undefined = this.apiFields[field];
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
