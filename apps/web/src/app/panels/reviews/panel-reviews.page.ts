import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { OutcomeReviewView, PanelActionView, PanelSummary } from '@camhs/contracts';
import { systemClock, today } from '@camhs/domain';
import { Observable, Subject, catchError, combineLatest, distinctUntilChanged, forkJoin, map, of, startWith, switchMap, tap } from 'rxjs';
import { describeError } from '../../shared/api-errors';
import { ErrorSummaryComponent, ErrorSummaryItem } from '../../shared/error-summary.component';
import { chosenPanel } from '../board/case-board-rules';
import { PanelPickerComponent } from '../panel-picker.component';
import { PanelsNavComponent } from '../panels-nav.component';
import { panelName, panelOptions } from '../report/panel-choice';
import { ActionDoneFormComponent } from './action-done-form.component';
import { ActionsDueTableComponent } from './actions-due-table.component';
import { OutcomeReviewFormComponent } from './outcome-review-form.component';
import { reviewRows } from './outcome-review-rules';
import { actionRows } from './panel-action-rules';
import { PanelFollowUpApi } from './panel-follow-up-api.service';
import { ReviewsDueTableComponent } from './reviews-due-table.component';

type Lists = { reviews: OutcomeReviewView[]; actions: PanelActionView[] };
type Loaded = { ok: true; lists: Lists } | { ok: false; error: unknown };
type OpenForm = { kind: 'review'; review: OutcomeReviewView } | { kind: 'action'; action: PanelActionView };

/**
 * /panels/reviews — the coordinator's follow-up after sittings, for one panel (kept in the address,
 * `?panel=`): the termly outcome reviews that are due (opened by the worker two weeks ahead), oldest
 * first, each recorded with one of the four outcome categories; and the actions agreed at sittings,
 * soonest due first, each marked done. One form is open at a time; a 409 (someone changed the record
 * since the list was read) closes it and reads the lists again.
 */
@Component({
  selector: 'camhs-panel-reviews-page',
  imports: [ErrorSummaryComponent, PanelsNavComponent, PanelPickerComponent, ReviewsDueTableComponent, ActionsDueTableComponent, OutcomeReviewFormComponent, ActionDoneFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .app-panel-form {
      border-left: 4px solid #005eb8;
      padding-left: 1rem;
      margin: 1rem 0 2rem;
    }
  `,
  template: `
    <camhs-error-summary [items]="summary()" />

    <h1>Outcome reviews</h1>
    <camhs-panels-nav [panelId]="panel()" />
    <p class="nhsuk-lede-text">Reviews of the interventions a panel allocated, each termly, and the actions agreed at its sittings.</p>

    @if (panels(); as list) {
      @if (list.length === 0) {
        <p class="nhsuk-body" id="no-panels">You coordinate no panel.</p>
      } @else {
        <camhs-panel-picker [options]="panelChoices()" [panel]="panel()" buttonText="Show lists" (chosen)="choosePanel($event)" />
      }
    }

    <!-- Present from the start so that screen readers announce what is put in it. -->
    <div id="reviews-status" aria-live="polite">
      @if (status(); as message) {
        <div class="nhsuk-notification-banner nhsuk-notification-banner--success" aria-labelledby="reviews-status-title">
          <div class="nhsuk-notification-banner__header">
            <h2 class="nhsuk-notification-banner__title" id="reviews-status-title">Success</h2>
          </div>
          <div class="nhsuk-notification-banner__content">
            <p class="nhsuk-notification-banner__heading" id="reviews-status-message" tabindex="-1" #statusMessage>{{ message }}</p>
          </div>
        </div>
      }
    </div>

    @if (lists(); as current) {
      <section aria-labelledby="reviews-heading" class="nhsuk-u-margin-bottom-7">
        <h2 id="reviews-heading" tabindex="-1">Outcome reviews due ({{ current.reviews.length }})</h2>
        @if (name(); as panelName) {
          <p class="nhsuk-body-s" id="reviews-panel">{{ panelName }}: reviews appear two weeks before they fall due, at the end of each school term.</p>
        }
        <camhs-reviews-due-table [rows]="reviews()" [openId]="openReviewId()" (record)="openReview($event)" />
        <div id="outcome-form">
          @if (openForm(); as open) {
            @if (open.kind === 'review') {
              <div class="app-panel-form">
                <camhs-outcome-review-form [review]="open.review" (saved)="saved($event)" (conflict)="conflicted($event)" (cancelled)="closeForm()" />
              </div>
            }
          }
        </div>
      </section>

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading" tabindex="-1">Actions to do ({{ current.actions.length }})</h2>
        <camhs-actions-due-table [rows]="actions()" [openId]="openActionId()" (markDone)="openAction($event)" />
        <div id="action-form">
          @if (openForm(); as open) {
            @if (open.kind === 'action') {
              <div class="app-panel-form">
                <camhs-action-done-form [action]="open.action" (saved)="saved($event)" (conflict)="conflicted($event)" (cancelled)="closeForm()" />
              </div>
            }
          }
        </div>
      </section>
    } @else if (panel()) {
      <p class="nhsuk-body" id="lists-loading">Loading the lists…</p>
    }
  `,
})
export class PanelReviewsPage {
  private readonly api = inject(PanelFollowUpApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly statusMessage = viewChild<ElementRef<HTMLElement>>('statusMessage');
  private readonly refresh$ = new Subject<void>();
  /** The element to focus once the lists have been read again. */
  private focusAfterLoad: (() => void) | null = null;

  readonly panels = signal<PanelSummary[] | null>(null);
  readonly panel = signal<string | null>(null);
  readonly lists = signal<Lists | null>(null);
  readonly openForm = signal<OpenForm | null>(null);
  /** The last success, announced in the live region. */
  readonly status = signal<string | null>(null);
  /** Why the last save was refused (a 409); cleared by the next attempt. */
  readonly actionProblem = signal<string | null>(null);
  readonly loadProblem = signal<string | null>(null);

  readonly panelChoices = computed(() => panelOptions(this.panels() ?? []));
  readonly name = computed(() => panelName(this.panels() ?? [], this.panel()));
  readonly reviews = computed(() => reviewRows(this.lists()?.reviews ?? [], today(systemClock)));
  readonly actions = computed(() => actionRows(this.lists()?.actions ?? [], today(systemClock)));
  readonly openReviewId = computed(() => {
    const open = this.openForm();
    return open?.kind === 'review' ? open.review.id : null;
  });
  readonly openActionId = computed(() => {
    const open = this.openForm();
    return open?.kind === 'action' ? open.action.id : null;
  });
  readonly summary = computed<ErrorSummaryItem[]>(() =>
    [this.actionProblem(), this.loadProblem()].filter((text): text is string => text !== null).map((text) => ({ target: null, text })),
  );

  constructor() {
    const panels$ = this.api.panels().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof HttpErrorResponse && error.status === 401)) this.loadProblem.set(describeError(error));
        return of<PanelSummary[] | null>(null);
      }),
      tap((panels) => this.panels.set(panels)),
    );
    const panel$ = combineLatest([this.route.queryParamMap, panels$]).pipe(
      map(([params, panels]) => chosenPanel(params.get('panel'), panels ?? [])),
      distinctUntilChanged(),
      tap((panel) => {
        this.panel.set(panel);
        this.lists.set(null);
        this.openForm.set(null);
      }),
    );
    combineLatest([panel$, this.refresh$.pipe(startWith(undefined))])
      .pipe(
        switchMap(([panel]) => (panel ? this.fetch(panel) : of(null))),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => loaded && this.show(loaded));
  }

  choosePanel(panel: string): void {
    this.status.set(null);
    void this.router.navigate([], { relativeTo: this.route, queryParams: { panel } });
  }

  openReview(review: OutcomeReviewView): void {
    this.opening();
    this.openForm.set({ kind: 'review', review });
  }

  openAction(action: PanelActionView): void {
    this.opening();
    this.openForm.set({ kind: 'action', action });
  }

  closeForm(): void {
    const open = this.openForm();
    this.openForm.set(null);
    if (open) afterNextRender(() => this.focusNow(open.kind === 'review' ? `review-${open.review.id}` : `action-${open.action.id}`), { injector: this.injector });
  }

  saved(message: string): void {
    this.openForm.set(null);
    this.actionProblem.set(null);
    this.status.set(message);
    this.focusAfterLoad = () => this.statusMessage()?.nativeElement.focus();
    this.refresh$.next();
  }

  /** The review or action changed under the form: close it (its version is stale), say why, and read the lists again. */
  conflicted(message: string): void {
    this.openForm.set(null);
    this.status.set(null);
    this.actionProblem.set(`${message} The lists have been read again.`);
    this.focusAfterLoad = () => this.summaryBox()?.focus();
    this.refresh$.next();
  }

  private opening(): void {
    this.status.set(null);
    this.actionProblem.set(null);
  }

  private fetch(panel: string): Observable<Loaded> {
    return forkJoin({ reviews: this.api.reviews(panel), actions: this.api.actions(panel) }).pipe(
      map((lists): Loaded => ({ ok: true, lists })),
      catchError((error: unknown) => of<Loaded>({ ok: false, error })),
    );
  }

  private show(loaded: Loaded): void {
    if (loaded.ok) {
      this.lists.set(loaded.lists);
      this.loadProblem.set(null);
    } else {
      const { error } = loaded;
      if (error instanceof HttpErrorResponse && error.status === 401) return; // on the way to sign in
      this.loadProblem.set(error instanceof HttpErrorResponse && error.status === 404 ? 'This panel is no longer one of yours. Choose another.' : describeError(error));
      this.focusAfterLoad ??= () => this.summaryBox()?.focus();
    }
    const focus = this.focusAfterLoad;
    this.focusAfterLoad = null;
    if (focus) afterNextRender(focus, { injector: this.injector });
  }

  private focusNow(id: string): void {
    this.document.getElementById(id)?.focus();
  }
}
