import { HttpErrorResponse } from '@angular/common/http';
import { Injector, Signal, afterNextRender, computed, inject, signal } from '@angular/core';
import { describeError } from '../shared/api-errors';
import { ErrorSummaryComponent, ErrorSummaryItem } from '../shared/error-summary.component';
import { StatusBannerComponent } from './status-banner.component';

/**
 * What a Panels page tells its user: the last success (in its status banner), the last refused
 * action and a failed load (in its error summary). Each moves focus to itself as soon as it shows,
 * before the page reads its data again, so that nothing moves under the user's next click. Made in
 * a page's field initialiser, with the page's summary and banner.
 */
export class PageFeedback {
  private readonly injector = inject(Injector);

  readonly status = signal<readonly string[] | null>(null);
  readonly actionProblem = signal<string | null>(null);
  readonly loadProblem = signal<string | null>(null);
  readonly summary = computed<ErrorSummaryItem[]>(() =>
    [this.actionProblem(), this.loadProblem()].filter((text): text is string => text !== null).map((text) => ({ target: null, text })),
  );

  constructor(
    private readonly summaryBox: Signal<ErrorSummaryComponent | undefined>,
    private readonly banner: Signal<StatusBannerComponent | undefined>,
  ) {}

  /** A new action starts: the last one's outcome no longer applies. */
  clear(): void {
    this.status.set(null);
    this.actionProblem.set(null);
  }

  succeeded(...lines: string[]): void {
    this.actionProblem.set(null);
    this.status.set(lines);
    afterNextRender(() => this.banner()?.focus(), { injector: this.injector });
  }

  refused(message: string): void {
    this.status.set(null);
    this.actionProblem.set(message);
    this.focusSummary();
  }

  loaded(): void {
    this.loadProblem.set(null);
  }

  /** A read failed: say why (`notFound` for a 404), unless the session has ended (the app is on its way to sign in). */
  loadFailed(error: unknown, notFound?: string): void {
    if (error instanceof HttpErrorResponse && error.status === 401) return;
    this.loadProblem.set(error instanceof HttpErrorResponse && error.status === 404 && notFound ? notFound : describeError(error));
    this.focusSummary();
  }

  private focusSummary(): void {
    afterNextRender(() => this.summaryBox()?.focus(), { injector: this.injector });
  }
}
