import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AgendaItemView, CatalogueEntryView, CloseSittingResult, PanelCaseView, RecordDecisionResult, SittingView } from '@camhs/contracts';
import { systemClock, today } from '@camhs/domain';
import { EMPTY, Observable, Subject, catchError, distinctUntilChanged, filter, map, merge, of, startWith, switchMap, takeWhile, timer } from 'rxjs';
import { formatDate } from '../../referrals/date-format';
import { describeError } from '../../shared/api-errors';
import { formatDateTime } from '../../shared/date-time-format';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { PageFeedback } from '../page-feedback';
import { StatusBannerComponent } from '../status-banner.component';
import { CatalogueApi } from '../catalogue/catalogue-api.service';
import { riskText } from '../panel-labels';
import { PanelsApi } from '../panels-api.service';
import { PanelsNavComponent } from '../panels-nav.component';
import { AttendanceFormComponent } from './attendance-form.component';
import { DecisionFormComponent } from './decision-form.component';
import { RecordedDecisionComponent } from './recorded-decision.component';
import { attendanceText, carriedMessages, chosenItem, closeWarning, decidable, decisionMessage, itemStatus, sittingWork } from './sitting-rules';

type Loaded = { ok: true; view: SittingView } | { ok: false; error: unknown };

/**
 * How often, and how many times, the page looks for the pre-read pack while the worker produces it
 * (each look is an audited read of the sitting): a pack takes a second or two; after that the
 * coordinator can check again.
 */
const PACK_POLL_MS = 3000;
const PACK_POLLS = 10;

/**
 * /panels/sittings/:id?item= — one sitting as the coordinator works it: the agenda down the side
 * (each case with its risk and where it stands), the chosen case with its decision form or the
 * decision recorded, attendance, issuing the agenda (the pre-read pack to download once the worker
 * has produced it) and closing the sitting, which carries unresolved cases to the next one.
 */
@Component({
  selector: 'camhs-sitting-page',
  imports: [RouterLink, ErrorSummaryComponent, StatusBannerComponent, PanelsNavComponent, DecisionFormComponent, RecordedDecisionComponent, AttendanceFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .app-agenda { list-style: none; padding: 0; }
    .app-agenda li { border-left: 4px solid #d8dde0; padding: 0.25rem 0 0.25rem 0.75rem; margin-bottom: 0.75rem; }
    .app-agenda li.app-agenda-current { border-left-color: #005eb8; }
    .app-agenda-detail { display: block; font-size: 1rem; }
  `,
  templateUrl: './sitting.page.html',
})
export class SittingPage {
  private readonly api = inject(PanelsApi);
  private readonly catalogue = inject(CatalogueApi);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly banner = viewChild(StatusBannerComponent);
  readonly feedback = new PageFeedback(this.summaryBox, this.banner);
  readonly view = signal<SittingView | null>(null);
  readonly entries = signal<CatalogueEntryView[]>([]);
  readonly panelCase = signal<PanelCaseView | null>(null);
  readonly busy = signal(false);
  readonly confirmingClose = signal(false);

  private readonly params = toSignal(this.route.queryParamMap.pipe(map((p) => p.get('item'))), { initialValue: null });
  readonly item = computed(() => chosenItem(this.params(), this.view()?.items ?? []));
  readonly chosenList = computed(() => {
    const item = this.item();
    return item ? [item] : [];
  });
  private readonly caseId = computed(() => this.item()?.caseId ?? null);
  readonly work = computed(() => {
    const view = this.view();
    return view ? sittingWork(view, today(systemClock)) : null;
  });
  readonly canDecide = computed(() => {
    const item = this.item();
    return item !== null && decidable(item) && this.work()?.canRecord === true;
  });
  readonly warning = computed(() => closeWarning(this.view()?.items ?? []));

  readonly formatDate = formatDate;
  readonly formatDateTime = formatDateTime;
  readonly riskText = riskText;
  readonly itemStatus = itemStatus;
  readonly decidable = decidable;
  readonly attendanceText = attendanceText;

  private readonly refresh$ = new Subject<void>();
  private readonly caseChanged$ = new Subject<void>();

  constructor() {
    const id$ = this.route.paramMap.pipe(
      map((p) => p.get('id') ?? ''),
      distinctUntilChanged(),
    );
    id$
      .pipe(
        switchMap((id) => this.refresh$.pipe(startWith(undefined), switchMap(() => this.fetch(id)))),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => this.show(loaded));
    this.catalogue
      .catalogue(null)
      .pipe(catchError(() => EMPTY), takeUntilDestroyed())
      .subscribe((c) => this.entries.set(c.entries));
    // The chosen case in full (who brought it, consent, and the allocations of a decision recorded): read when another
    // case is chosen, and again after each change made here.
    merge(toObservable(this.caseId), this.caseChanged$.pipe(map(() => this.caseId())))
      .pipe(
        switchMap((caseId) => (caseId ? this.api.panelCase(caseId).pipe(catchError(() => of(null))) : of(null))),
        takeUntilDestroyed(),
      )
      .subscribe((c) => this.panelCase.set(c));
    // Once the agenda is issued, look for the pre-read pack until the worker has stored it.
    id$
      .pipe(
        switchMap(() => timer(PACK_POLL_MS, PACK_POLL_MS).pipe(takeWhile((n) => n < PACK_POLLS))),
        filter(() => this.waitingForPack()),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.refresh$.next());
  }

  waitingForPack(): boolean {
    const view = this.view();
    return view !== null && view.agendaIssuedAt !== null && view.pack === null && view.closedAt === null;
  }

  itemCase(item: AgendaItemView): PanelCaseView | null {
    const c = this.panelCase();
    return c && c.id === item.caseId ? c : null;
  }

  checkPack(): void {
    this.refresh$.next();
  }

  packHref(): string {
    return this.api.packHref(this.view()?.id ?? '');
  }

  issue(): void {
    const view = this.view();
    if (!view || this.busy()) return;
    this.run(this.api.issueAgenda(view.id, view.version), () => [
      'The agenda is issued. The members’ pre-read pack is being produced and can be downloaded here once it is ready.',
    ]);
  }

  /** Before the panel decides: the case goes back to ready, to be listed for another sitting from the board. */
  takeOff(item: AgendaItemView): void {
    const view = this.view();
    if (!view || this.busy()) return;
    this.run(this.api.removeFromAgenda(view.id, { version: view.version, caseId: item.caseId }), () => [
      `${item.childName} is taken off the agenda and is ready for panel again: list the case for another sitting from the board.`,
    ]);
  }

  askClose(): void {
    this.confirmingClose.set(true);
    this.focusElement('confirm-close');
  }

  cancelClose(): void {
    this.confirmingClose.set(false);
    this.focusElement('close-sitting');
  }

  close(): void {
    const view = this.view();
    if (!view || this.busy()) return;
    this.confirmingClose.set(false);
    this.run(this.api.closeSitting(view.id, view.version), (result: CloseSittingResult) => carriedMessages(result, view.items));
  }

  decided(result: RecordDecisionResult): void {
    const name = this.item()?.childName ?? 'the case';
    this.announce([decisionMessage(result, name)]);
  }

  attendanceSaved(): void {
    this.announce(['Attendance recorded.']);
  }

  /** The sitting or the case changed under a form (or the API refused): say why and read the sitting again. */
  conflicted(message: string): void {
    this.feedback.refused(`${message} The sitting has been read again.`);
    this.refresh$.next();
    this.caseChanged$.next();
  }

  private run<T>(request: Observable<T>, done: (result: T) => string[]): void {
    this.busy.set(true);
    this.feedback.clear();
    request.subscribe({
      next: (result) => {
        this.busy.set(false);
        this.announce(done(result));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        if (error instanceof HttpErrorResponse && error.status === 401) return;
        this.conflicted(describeError(error));
      },
    });
  }

  private announce(lines: string[]): void {
    this.feedback.succeeded(...lines);
    this.refresh$.next();
    this.caseChanged$.next();
  }

  private fetch(id: string): Observable<Loaded> {
    return this.api.sitting(id).pipe(
      map((view): Loaded => ({ ok: true, view })),
      catchError((error: unknown) => of<Loaded>({ ok: false, error })),
    );
  }

  private show(loaded: Loaded): void {
    if (loaded.ok) {
      this.view.set(loaded.view);
      this.feedback.loaded();
    } else {
      this.feedback.loadFailed(loaded.error, 'There is no such sitting among your panels’ sittings.');
    }
  }

  private focusElement(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
