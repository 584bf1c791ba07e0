import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { LetterQueueItem, LetterStatusName, Page } from '@camhs/contracts';
import { EMPTY, Observable, Subject, catchError, combineLatest, distinctUntilChanged, expand, map, of, startWith, switchMap, tap, timer } from 'rxjs';
import { describeError } from '../shared/api-errors';
import { ErrorSummaryComponent, ErrorSummaryItem } from '../shared/error-summary.component';
import { SelectFieldComponent } from '../shared/select-field.component';
import { LETTER_STATUS_LABELS, LETTER_STATUS_OPTIONS, describeLetter } from './letter-labels';
import { LettersApi } from './letters-api.service';
import { LETTERS_POLL_MS, LettersQuery, LettersResult, addressFor, lettersQueryFrom, shouldPollLetters, toListLettersQuery } from './letters-query';
import { LettersTableComponent } from './letters-table.component';

/** /letters: the letter queue — download each letter, post it, mark it sent. */
@Component({
  selector: 'camhs-letters-page',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, SelectFieldComponent, LettersTableComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />

    <h1>Letters</h1>
    <p class="nhsuk-lede-text">Letters the service owes referrers, GPs and families. Download each letter, post it, then mark it sent.</p>

    <div id="letters-feedback" aria-live="polite">
      @if (done(); as message) {
        <div class="nhsuk-notification-banner nhsuk-notification-banner--success" id="letter-marked-sent" aria-labelledby="letter-marked-sent-title">
          <div class="nhsuk-notification-banner__header">
            <h2 class="nhsuk-notification-banner__title" id="letter-marked-sent-title">Success</h2>
          </div>
          <div class="nhsuk-notification-banner__content">
            <p class="nhsuk-notification-banner__heading" tabindex="-1" #doneHeading>{{ message }}</p>
          </div>
        </div>
      }
    </div>

    <form [formGroup]="filter" (ngSubmit)="applyFilter()" novalidate aria-label="Filter letters">
      <div class="app-filters">
        <camhs-select-field field="status" label="Status" placeholder="All letters" [options]="statusOptions" />
        <button class="nhsuk-button nhsuk-button--secondary" type="submit" id="apply-letter-filter">Show letters</button>
      </div>
    </form>

    @if (page(); as current) {
      <camhs-letters-table [page]="current" [caption]="caption()" [busy]="marking()" (pageChange)="goToPage($event)" (markSent)="markSent($event)" />
    } @else if (!loadProblem()) {
      <p class="nhsuk-body" id="letters-loading">Loading letters…</p>
    }
  `,
})
export class LettersPage {
  private readonly api = inject(LettersApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);

  readonly statusOptions = LETTER_STATUS_OPTIONS;
  readonly filter = new FormGroup({ status: new FormControl<string>('', { nonNullable: true }) });

  readonly query = signal<LettersQuery>({ status: '', page: 1 });
  readonly page = signal<Page<LetterQueueItem> | null>(null);
  readonly marking = signal(false);
  /** The last letter marked sent, in words (announced by the live region). */
  readonly done = signal<string | null>(null);
  /** Why the last "mark sent" failed; cleared by the next attempt. */
  readonly actionProblem = signal<string | null>(null);
  /** Why the list could not be loaded; cleared by the next good answer. */
  readonly loadProblem = signal<string | null>(null);

  readonly summary = computed<ErrorSummaryItem[]>(() =>
    [this.actionProblem(), this.loadProblem()].filter((text): text is string => text !== null).map((text) => ({ target: null, text })),
  );
  readonly caption = computed(() => {
    const status = this.query().status;
    return status ? `Letters: ${LETTER_STATUS_LABELS[status].toLowerCase()}` : 'All letters';
  });

  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly doneHeading = viewChild<ElementRef<HTMLElement>>('doneHeading');
  private readonly refresh$ = new Subject<void>();

  constructor() {
    const query$ = this.route.queryParamMap.pipe(
      map(lettersQueryFrom),
      distinctUntilChanged((a, b) => a.status === b.status && a.page === b.page),
    );
    combineLatest([query$, this.refresh$.pipe(startWith(undefined))])
      .pipe(
        map(([query]) => query),
        tap((query) => {
          this.query.set(query);
          if (this.filter.controls.status.value !== query.status) this.filter.controls.status.setValue(query.status);
        }),
        // Fetched at once, then again while a letter on screen is still being prepared.
        switchMap((query) => this.fetch(query).pipe(expand((result) => (shouldPollLetters(result) ? timer(LETTERS_POLL_MS).pipe(switchMap(() => this.fetch(query))) : EMPTY)))),
        takeUntilDestroyed(),
      )
      .subscribe((result) => this.show(result));
  }

  applyFilter(): void {
    const status = this.filter.controls.status.value as LetterStatusName | '';
    this.navigate({ status, page: 1 });
  }

  goToPage(page: number): void {
    this.navigate({ ...this.query(), page: Math.max(1, page) });
  }

  markSent(letter: LetterQueueItem): void {
    this.marking.set(true);
    this.done.set(null);
    this.actionProblem.set(null);
    this.api.markSent(letter.id).subscribe({
      next: (updated) => {
        this.marking.set(false);
        // The row stays where it is, now showing when and by whom it was sent.
        this.page.update((p) => (p ? { ...p, items: p.items.map((item) => (item.id === updated.id ? updated : item)) } : p));
        this.done.set(`${describeLetter(updated)} marked sent.`);
        afterNextRender(() => this.doneHeading()?.nativeElement.focus(), { injector: this.injector });
      },
      error: (error: unknown) => {
        this.marking.set(false);
        if (error instanceof HttpErrorResponse && error.status === 401) return; // on the way to sign in
        const why = describeError(error);
        this.actionProblem.set(error instanceof HttpErrorResponse && error.status === 409 ? `${describeLetter(letter)} was not marked sent. ${why}` : why);
        this.refresh$.next(); // show the letter as it is recorded now
        afterNextRender(() => this.summaryBox()?.focus(), { injector: this.injector });
      },
    });
  }

  private navigate(query: LettersQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: addressFor(query) });
  }

  private fetch(query: LettersQuery): Observable<LettersResult> {
    return this.api.list(toListLettersQuery(query)).pipe(
      map((page): LettersResult => ({ ok: true, page })),
      catchError((error: unknown) => of<LettersResult>({ ok: false, error })),
    );
  }

  private show(result: LettersResult): void {
    if (result.ok) {
      this.page.set(result.page);
      this.loadProblem.set(null);
      return;
    }
    if (result.error instanceof HttpErrorResponse && result.error.status === 401) return;
    // Keep the last good list on screen; say why it may be out of date.
    this.loadProblem.set(describeError(result.error));
  }
}
