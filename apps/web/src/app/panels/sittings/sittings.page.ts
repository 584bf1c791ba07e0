import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PanelSummary, PanelView } from '@camhs/contracts';
import { formatPounds } from '@camhs/domain';
import { Observable, Subject, catchError, map, of, switchMap } from 'rxjs';
import { formatDate } from '../../referrals/date-format';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { PageFeedback } from '../page-feedback';
import { panelChoice } from '../panel-choice';
import { StatusBannerComponent } from '../status-banner.component';
import { CADENCE_LABELS } from '../panel-labels';
import { PanelPickerComponent } from '../panel-picker.component';
import { PanelsApi } from '../panels-api.service';
import { PanelsNavComponent } from '../panels-nav.component';
import { BudgetFormComponent } from './budget-form.component';
import { MemberFormComponent } from './member-form.component';
import { NewPanelFormComponent } from './new-panel-form.component';
import { ScheduleFormComponent } from './schedule-form.component';
import { sittingStatusText } from './sittings-rules';

type Loaded = { ok: true; panel: PanelView } | { ok: false; error: unknown };
type SetupForm = 'panel' | 'schedule' | 'budget' | 'member';

/** The button that opens each form (focus returns to it when the form is cancelled). */
const OPENERS: Readonly<Record<SetupForm, string>> = { panel: 'open-new-panel', schedule: 'open-schedule', budget: 'open-budget', member: 'open-member' };

/**
 * /panels/sittings?panel= — a panel's sittings (each linking to its screen), its budgets by year
 * and its members, and the forms that set a panel up: a new panel, sittings at its cadence, a
 * year's budget, a member.
 */
@Component({
  selector: 'camhs-sittings-page',
  imports: [StatusBannerComponent, RouterLink, ErrorSummaryComponent, PanelsNavComponent, PanelPickerComponent, NewPanelFormComponent, ScheduleFormComponent, BudgetFormComponent, MemberFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .app-setup-form { border-left: 4px solid #005eb8; padding-left: 1rem; margin: 1rem 0 2rem; }
  `,
  templateUrl: './sittings.page.html',
})
export class SittingsPage {
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
  readonly open = signal<SetupForm | null>(null);

  readonly panelOptions = computed(() => (this.panels() ?? []).map((p) => ({ value: p.id, text: p.name })));
  readonly sittingsLatestFirst = computed(() => [...(this.panel()?.sittings ?? [])].sort((a, b) => b.sitsOn.localeCompare(a.sitsOn)));
  readonly cadenceLabels = CADENCE_LABELS;
  readonly formatDate = formatDate;
  readonly pounds = formatPounds;
  readonly statusText = sittingStatusText;

  private readonly refresh$ = new Subject<void>();

  constructor() {
    panelChoice(this.api, this.route, this.refresh$, (error) => this.feedback.loadFailed(error))
      .pipe(
        map(({ panels, panelId: id }) => {
          this.panels.set(panels);
          if (id !== this.panelId()) this.panel.set(null);
          this.panelId.set(id);
          return id;
        }),
        switchMap((id) => (id ? this.fetch(id) : of(null))),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => this.show(loaded));
  }

  choosePanel(panelId: string): void {
    this.open.set(null);
    this.feedback.clear();
    void this.router.navigate([], { relativeTo: this.route, queryParams: { panel: panelId } });
  }

  openForm(form: SetupForm): void {
    this.feedback.clear();
    this.open.set(form);
  }

  closeForm(): void {
    const form = this.open();
    this.open.set(null);
    if (form) afterNextRender(() => this.document.getElementById(OPENERS[form])?.focus(), { injector: this.injector });
  }

  panelCreated(panel: PanelView): void {
    this.saved(`The panel ${panel.name} is set up. Add its members, its budget and its sittings.`);
    void this.router.navigate([], { relativeTo: this.route, queryParams: { panel: panel.id } });
  }

  saved(message: string): void {
    this.open.set(null);
    this.feedback.succeeded(message);
    this.refresh$.next();
  }

  conflicted(message: string): void {
    this.open.set(null);
    this.feedback.refused(`Nothing was saved. ${message} The panel has been read again.`);
    this.refresh$.next();
  }

  private fetch(panelId: string): Observable<Loaded> {
    return this.api.panel(panelId).pipe(
      map((panel): Loaded => ({ ok: true, panel })),
      catchError((error: unknown) => of<Loaded>({ ok: false, error })),
    );
  }

  private show(loaded: Loaded | null): void {
    if (loaded?.ok) {
      this.panel.set(loaded.panel);
      this.feedback.loaded();
    } else if (loaded) {
      this.feedback.loadFailed(loaded.error);
    }
  }
}
