import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { CatalogueEntryView, InterventionTypeView, PanelCatalogueView, ProviderView } from '@camhs/contracts';
import { formatPounds, isFinancialYear, systemClock, today, unitWords } from '@camhs/domain';
import { Observable, Subject, catchError, combineLatest, map, of, startWith, switchMap } from 'rxjs';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { PageFeedback } from '../page-feedback';
import { StatusBannerComponent } from '../status-banner.component';
import { SelectFieldComponent } from '../../shared/select-field.component';
import { PER_UNIT } from '../panel-labels';
import { PanelsNavComponent } from '../panels-nav.component';
import { CatalogueApi } from './catalogue-api.service';
import { financialYearOptions } from './catalogue-rules';
import { EntryFormComponent } from './entry-form.component';
import { ProviderFormComponent } from './provider-form.component';
import { SettingsFormComponent } from './settings-form.component';
import { TypeFormComponent } from './type-form.component';

type Loaded = { ok: true; view: PanelCatalogueView } | { ok: false; error: unknown };

/** The one form open on the page: what it edits (null: adding one), and the button that opened it (focus returns there). */
type OpenForm =
  | { kind: 'entry'; entry: CatalogueEntryView | null; opener: string }
  | { kind: 'type'; type: InterventionTypeView | null; opener: string }
  | { kind: 'provider'; provider: ProviderView | null; opener: string }
  | { kind: 'settings'; opener: string };

/**
 * /panels/catalogue?year= — the panel's toolkit of resources (administrators and coordinators): each
 * entry with its prices, its block contract and what was used of it in the financial year shown;
 * the intervention types and providers; and the settings of the cost-avoided estimate. Everything
 * is added and changed here, one form at a time, each edit with the version it loaded.
 */
@Component({
  selector: 'camhs-catalogue-page',
  imports: [StatusBannerComponent, ReactiveFormsModule, ErrorSummaryComponent, PanelsNavComponent, SelectFieldComponent, EntryFormComponent, TypeFormComponent, ProviderFormComponent, SettingsFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .app-catalogue-form { border-left: 4px solid #005eb8; padding-left: 1rem; margin: 1rem 0 2rem; }
  `,
  templateUrl: './catalogue.page.html',
})
export class CataloguePage {
  private readonly api = inject(CatalogueApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly banner = viewChild(StatusBannerComponent);
  readonly feedback = new PageFeedback(this.summaryBox, this.banner);

  readonly view = signal<PanelCatalogueView | null>(null);
  readonly open = signal<OpenForm | null>(null);

  readonly years = financialYearOptions(today(systemClock)).map((y) => ({ value: y, text: y }));
  readonly yearForm = new FormGroup({ financialYear: new FormControl('', { nonNullable: true }) });
  readonly entries = computed(() =>
    [...(this.view()?.entries ?? [])].sort((a, b) => a.type.name.localeCompare(b.type.name) || a.provider.name.localeCompare(b.provider.name)),
  );
  readonly pounds = formatPounds;
  readonly units = unitWords;
  readonly perUnit = PER_UNIT;

  private readonly refresh$ = new Subject<void>();

  constructor() {
    const year$ = this.route.queryParamMap.pipe(map((p) => p.get('year')));
    combineLatest([year$, this.refresh$.pipe(startWith(undefined))])
      .pipe(
        switchMap(([year]) => this.fetch(year && isFinancialYear(year) ? year : null)),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => this.show(loaded));
  }

  showYear(): void {
    const year = this.yearForm.controls.financialYear.value;
    if (year) void this.router.navigate([], { relativeTo: this.route, queryParams: { year } });
  }

  openForm(form: OpenForm): void {
    this.feedback.clear();
    this.open.set(form);
  }

  closeForm(): void {
    const form = this.open();
    this.open.set(null);
    if (form) afterNextRender(() => this.document.getElementById(form.opener)?.focus(), { injector: this.injector });
  }

  saved(message: string): void {
    this.open.set(null);
    this.feedback.succeeded(message);
    this.refresh$.next();
  }

  /** Someone changed it meanwhile (or the name is taken): close the form, say why, read the catalogue again. */
  conflicted(message: string): void {
    this.open.set(null);
    this.feedback.refused(`Nothing was saved. ${message} The catalogue has been read again: make the change again if it is still needed.`);
    this.refresh$.next();
  }

  spotText(e: CatalogueEntryView): string {
    return e.spotPricePence === null ? 'None offered' : `${formatPounds(e.spotPricePence)} ${PER_UNIT[e.unit]}`;
  }

  private fetch(year: string | null): Observable<Loaded> {
    return this.api.catalogue(year).pipe(
      map((view): Loaded => ({ ok: true, view })),
      catchError((error: unknown) => of<Loaded>({ ok: false, error })),
    );
  }

  private show(loaded: Loaded): void {
    if (loaded.ok) {
      this.view.set(loaded.view);
      this.yearForm.controls.financialYear.setValue(loaded.view.financialYear);
      this.feedback.loaded();
    } else {
      this.feedback.loadFailed(loaded.error);
    }
  }
}
