import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PanelCaseBoard, PanelCaseSummary, PanelCaseView, PanelSummary, PanelView } from '@camhs/contracts';
import { Observable, Subject, catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { formatDate } from '../../referrals/date-format';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { PageFeedback } from '../page-feedback';
import { panelChoice } from '../panel-choice';
import { CADENCE_LABELS } from '../panel-labels';
import { PanelPickerComponent } from '../panel-picker.component';
import { PanelsApi } from '../panels-api.service';
import { PanelsNavComponent } from '../panels-nav.component';
import { sittingStatusText, upcomingSittings } from '../sittings/sittings-rules';
import { StatusBannerComponent } from '../status-banner.component';
import { AgendaFormComponent } from './agenda-form.component';
import { CaseColumnComponent, WorkRequest } from './case-column.component';
import { CaseWork, agendaRefusal, boardColumns } from './case-board-rules';
import { ConsentFormComponent } from './consent-form.component';
import { NewCaseFormComponent } from './new-case-form.component';
import { RiskFormComponent } from './risk-form.component';
import { WithdrawFormComponent } from './withdraw-form.component';

type Loaded = { ok: true; panel: PanelView; board: PanelCaseBoard } | { ok: false; error: unknown };

interface OpenWork {
  panelCase: PanelCaseSummary;
  work: CaseWork;
}

/**
 * /panels?panel= — the board of a panel's cases by state, with the counts at the top, the panel's
 * upcoming sittings, and the coordinator's work on each case: bring a new case, record consent and
 * the pre-panel risk, add a case to a sitting's agenda, withdraw it. One form is open at a time, under the
 * case's column; after each change the board is read again.
 */
@Component({
  selector: 'camhs-case-board-page',
  imports: [
    RouterLink,
    ErrorSummaryComponent,
    StatusBannerComponent,
    PanelsNavComponent,
    PanelPickerComponent,
    CaseColumnComponent,
    NewCaseFormComponent,
    ConsentFormComponent,
    RiskFormComponent,
    AgendaFormComponent,
    WithdrawFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .app-board-counts { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; padding: 0; list-style: none; }
    .app-board-counts li { border-left: 4px solid #005eb8; padding-left: 0.75rem; margin-bottom: 0.5rem; }
    .app-board-count { display: block; font-size: 1.75rem; font-weight: bold; line-height: 1.2; }
    .app-case-form { border-left: 4px solid #005eb8; padding-left: 1rem; margin: 1rem 0 2rem; }
  `,
  templateUrl: './case-board.page.html',
})
export class CaseBoardPage {
  private readonly api = inject(PanelsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly banner = viewChild(StatusBannerComponent);
  readonly feedback = new PageFeedback(this.summaryBox, this.banner);
  readonly panels = signal<PanelSummary[] | null>(null);
  readonly panelId = signal<string | null>(null);
  readonly panel = signal<PanelView | null>(null);
  readonly board = signal<PanelCaseBoard | null>(null);
  readonly openWork = signal<OpenWork | null>(null);
  readonly newCaseOpen = signal(false);

  readonly cadenceLabels = CADENCE_LABELS;
  readonly formatDate = formatDate;
  readonly statusText = sittingStatusText;
  readonly columns = computed(() => {
    const board = this.board();
    return board ? boardColumns(board) : [];
  });
  readonly upcoming = computed(() => {
    const panel = this.panel();
    return panel ? upcomingSittings(panel.sittings) : [];
  });
  readonly panelOptions = computed(() => (this.panels() ?? []).map((p) => ({ value: p.id, text: p.name })));

  private readonly refresh$ = new Subject<void>();

  constructor() {
    panelChoice(this.api, this.route, this.refresh$, (error) => this.feedback.loadFailed(error))
      .pipe(
        map(({ panels, panelId: id }) => {
          this.panels.set(panels);
          if (id !== this.panelId()) {
            this.openWork.set(null);
            this.newCaseOpen.set(false);
            this.panel.set(null);
            this.board.set(null);
          }
          this.panelId.set(id);
          return id;
        }),
        switchMap((id) => (id ? this.fetch(id) : of(null))),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => this.show(loaded));
  }

  /** The open form's key when it belongs to a case in this column. */
  openKeyIn(state: string): string | null {
    const open = this.openWork();
    return open && open.panelCase.state === state ? `${open.work}-${open.panelCase.id}` : null;
  }

  choosePanel(panelId: string): void {
    this.feedback.clear();
    void this.router.navigate([], { relativeTo: this.route, queryParams: { panel: panelId } });
  }

  /** The counts link to their columns: focus the heading (a plain fragment link would reload the app under the base href). */
  jump(event: Event, id: string): void {
    event.preventDefault();
    const heading = this.document.getElementById(id);
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }

  openNewCase(): void {
    this.feedback.clear();
    this.openWork.set(null);
    this.newCaseOpen.set(true);
  }

  closeNewCase(): void {
    this.newCaseOpen.set(false);
    this.focusElement('open-new-case');
  }

  caseOpened(view: PanelCaseView): void {
    this.newCaseOpen.set(false);
    this.saved(`The case of ${view.childName} is on the board, as new. Record parental consent and the pre-panel risk to make it ready for panel.`);
  }

  openForm(request: WorkRequest): void {
    this.feedback.clear();
    this.newCaseOpen.set(false);
    this.openWork.set({ panelCase: request.panelCase, work: request.work });
  }

  closeForm(): void {
    const open = this.openWork();
    this.openWork.set(null);
    if (open) this.focusElement(`${open.work}-${open.panelCase.id}`);
  }

  saved(message: string): void {
    this.openWork.set(null);
    this.feedback.succeeded(message);
    this.refresh$.next();
  }

  /** The API refused (a case without consent cannot be listed) or the record changed: close the form, say why, read the board again. */
  conflicted(message: string): void {
    const open = this.openWork();
    this.openWork.set(null);
    const why = open ? agendaRefusal(message, open.panelCase.id, open.panelCase.childName) : message;
    const what = open?.work === 'agenda' ? `${open.panelCase.childName} was not added to the agenda. ` : '';
    this.feedback.refused(`${what}${why} The board has been read again.`);
    this.refresh$.next();
  }

  private fetch(panelId: string): Observable<Loaded> {
    return forkJoin({ panel: this.api.panel(panelId), board: this.api.board(panelId) }).pipe(
      map(({ panel, board }): Loaded => ({ ok: true, panel, board })),
      catchError((error: unknown) => of<Loaded>({ ok: false, error })),
    );
  }

  private show(loaded: Loaded | null): void {
    if (loaded?.ok) {
      this.panel.set(loaded.panel);
      this.board.set(loaded.board);
      this.feedback.loaded();
    } else if (loaded) {
      this.feedback.loadFailed(loaded.error, 'That panel is not one of your teams’ panels.');
    }
  }

  private focusElement(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
