import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { CrisisClockView, DUTY_SECTIONS, DUTY_SECTION_LABELS, DutyListRow, DutyListView, DutySectionName, ROUTE_POLICIES } from '@camhs/contracts';
import { Observable, Subject, catchError, combineLatest, distinctUntilChanged, map, of, startWith, switchMap, tap } from 'rxjs';
import { SessionService } from '../auth/session.service';
import { formatDate } from '../referrals/date-format';
import { describeError } from '../shared/api-errors';
import { ErrorSummaryComponent, ErrorSummaryItem } from '../shared/error-summary.component';
import { ContactResponseFormComponent } from './contact-response-form.component';
import { CrisisClockFormComponent } from './crisis-clock-form.component';
import { CrisisClocksComponent, crisisKey } from './crisis-clocks.component';
import { DutyApi } from './duty-api.service';
import { DutyReviewFormComponent } from './duty-review-form.component';
import { RowWork, rowKey, sectionCounts, sectionId } from './duty-rows';
import { DutySectionTableComponent, RowWorkRequest } from './duty-section-table.component';
import { dutyTeamFrom, teamOptions } from './duty-team';
import { DutyTeamPickerComponent } from './duty-team-picker.component';
import { SafeguardingFormComponent } from './safeguarding-form.component';
import { ScreeningFormComponent } from './screening-form.component';

type Loaded = { ok: true; view: DutyListView } | { ok: false; error: unknown };

interface OpenWork {
  section: DutySectionName;
  row: DutyListRow;
  work: RowWork;
  key: string;
}

/**
 * /duty — the team's daily duty list: counts at the top, then each section as the API ordered it
 * (risk, then lateness). Tasks are claimed and released from their rows; reviews, responses to
 * calls and letters, screenings and safeguarding decisions are recorded in a form under the row's
 * section, one at a time. Crisis clocks not yet done come first, above every section. The team is
 * kept in the address (`?team=`).
 */
@Component({
  selector: 'camhs-duty-page',
  imports: [
    RouterLink,
    ErrorSummaryComponent,
    DutyTeamPickerComponent,
    DutySectionTableComponent,
    DutyReviewFormComponent,
    ContactResponseFormComponent,
    ScreeningFormComponent,
    SafeguardingFormComponent,
    CrisisClocksComponent,
    CrisisClockFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .app-duty-counts { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; padding: 0; list-style: none; }
    .app-duty-counts li { border-left: 4px solid #005eb8; padding-left: 0.75rem; margin-bottom: 0.5rem; }
    .app-duty-count { display: block; font-size: 1.75rem; font-weight: bold; line-height: 1.2; }
    .app-duty-form { border-left: 4px solid #005eb8; padding-left: 1rem; margin: 1rem 0 2rem; }
  `,
  templateUrl: './duty.page.html',
})
export class DutyPage {
  private readonly api = inject(DutyApi);
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  readonly sections = DUTY_SECTIONS;
  readonly labels = DUTY_SECTION_LABELS;
  readonly idOf = sectionId;

  readonly team = signal<string | null>(null);
  readonly view = signal<DutyListView | null>(null);
  readonly openWork = signal<OpenWork | null>(null);
  /** The Crisis clock whose "done" form is open (one form on the page at a time). */
  readonly openCrisis = signal<CrisisClockView | null>(null);
  readonly openCrisisKey = computed(() => {
    const clock = this.openCrisis();
    return clock ? crisisKey(clock) : null;
  });
  readonly claiming = signal(false);
  /** The last success, announced in the live region. */
  readonly status = signal<string | null>(null);
  /** Why the last claim, release or save was refused; cleared by the next attempt. */
  readonly actionProblem = signal<string | null>(null);
  readonly loadProblem = signal<string | null>(null);

  readonly userId = computed(() => this.session.user()?.id ?? null);
  readonly isManager = computed(() => this.session.roles().includes('manager'));
  readonly caseloadAllowed = computed(() => this.session.allows(ROUTE_POLICIES['GET /api/duty/caseload']));
  readonly teams = computed(() => teamOptions(this.session.user()?.teams ?? [], this.team()));
  readonly counts = computed(() => {
    const view = this.view();
    return view ? sectionCounts(view) : [];
  });
  readonly todayText = computed(() => formatDate(this.view()?.today));
  readonly summary = computed<ErrorSummaryItem[]>(() =>
    [this.actionProblem(), this.loadProblem()].filter((text): text is string => text !== null).map((text) => ({ target: null, text })),
  );

  private readonly refresh$ = new Subject<void>();
  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly statusMessage = viewChild<ElementRef<HTMLElement>>('statusMessage');
  /** The element to focus once the list has been read again (e.g. the Release button after a claim). */
  private focusAfterLoad: (() => void) | null = null;

  constructor() {
    const team$ = this.route.queryParamMap.pipe(
      map((params) => dutyTeamFrom(params.get('team'), this.session.user()?.teams ?? [])),
      distinctUntilChanged(),
      tap((team) => {
        this.team.set(team);
        this.view.set(null);
        this.openWork.set(null);
        this.openCrisis.set(null);
      }),
    );
    combineLatest([team$, this.refresh$.pipe(startWith(undefined))])
      .pipe(
        switchMap(([team]) => (team ? this.fetch(team) : of(null))),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => loaded && this.show(loaded));
  }

  chooseTeam(team: string): void {
    this.status.set(null);
    void this.router.navigate([], { relativeTo: this.route, queryParams: { team } });
  }

  refresh(): void {
    this.refresh$.next();
  }

  /** The counts link to their sections: focus the heading (a plain fragment link would reload the app under the base href). */
  jump(event: Event, section: DutySectionName): void {
    event.preventDefault();
    const heading = this.document.getElementById(sectionId(section));
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }

  shownText(section: DutySectionName): string | null {
    return this.counts().find((c) => c.section === section)?.shown ?? null;
  }

  openForm(section: DutySectionName, request: RowWorkRequest): void {
    this.status.set(null);
    this.actionProblem.set(null);
    this.openCrisis.set(null);
    this.openWork.set({ section, row: request.row, work: request.work, key: rowKey(request.row) });
  }

  openCrisisForm(clock: CrisisClockView): void {
    this.status.set(null);
    this.actionProblem.set(null);
    this.openWork.set(null);
    this.openCrisis.set(clock);
  }

  closeCrisisForm(): void {
    const clock = this.openCrisis();
    this.openCrisis.set(null);
    if (clock) this.focusElement(`crisis-${crisisKey(clock)}`);
  }

  closeForm(): void {
    const open = this.openWork();
    this.openWork.set(null);
    if (open) this.focusElement(`work-${open.key}`);
  }

  saved(message: string): void {
    this.openWork.set(null);
    this.openCrisis.set(null);
    this.actionProblem.set(null);
    this.status.set(message);
    this.focusAfterLoad = () => this.statusMessage()?.nativeElement.focus();
    this.refresh$.next();
  }

  /** The task or record changed under the form: close it (its data is stale), say why, and read the list again. */
  conflicted(message: string): void {
    this.openWork.set(null);
    this.openCrisis.set(null);
    this.status.set(null);
    this.actionProblem.set(`${message} The list has been read again.`);
    this.focusAfterLoad = () => this.summaryBox()?.focus();
    this.refresh$.next();
  }

  claim(row: DutyListRow): void {
    const taskId = row.taskId;
    if (!taskId) return;
    this.changeClaim(row, this.api.claim(taskId), `You have claimed the task for ${row.childName}.`, `release-${rowKey(row)}`);
  }

  release(row: DutyListRow): void {
    const taskId = row.taskId;
    if (!taskId) return;
    this.changeClaim(row, this.api.release(taskId), `The task for ${row.childName} has been released.`, `claim-${rowKey(row)}`);
  }

  private changeClaim(row: DutyListRow, request: Observable<unknown>, done: string, focusId: string): void {
    this.claiming.set(true);
    this.status.set(null);
    this.actionProblem.set(null);
    request.subscribe({
      next: () => {
        this.claiming.set(false);
        this.status.set(done);
        this.focusAfterLoad = () => this.focusNow(focusId);
        this.refresh$.next();
      },
      error: (error: unknown) => {
        this.claiming.set(false);
        if (error instanceof HttpErrorResponse && error.status === 401) return; // on the way to sign in
        // A 409 names who holds the task; the list is read again to show it.
        this.actionProblem.set(`The task for ${row.childName} was not changed. ${describeError(error)}`);
        this.focusAfterLoad = () => this.summaryBox()?.focus();
        this.refresh$.next();
      },
    });
  }

  private fetch(team: string): Observable<Loaded> {
    return this.api.today(team).pipe(
      map((view): Loaded => ({ ok: true, view })),
      catchError((error: unknown) => of<Loaded>({ ok: false, error })),
    );
  }

  private show(loaded: Loaded): void {
    if (loaded.ok) {
      this.view.set(loaded.view);
      this.loadProblem.set(null);
    } else {
      const { error } = loaded;
      if (error instanceof HttpErrorResponse && error.status === 401) return;
      this.loadProblem.set(
        error instanceof HttpErrorResponse && error.status === 404 ? `There is no team '${this.team()}' whose duty list you can see. Choose one of your teams.` : describeError(error),
      );
      this.focusAfterLoad ??= () => this.summaryBox()?.focus();
    }
    const focus = this.focusAfterLoad;
    this.focusAfterLoad = null;
    if (focus) afterNextRender(focus, { injector: this.injector });
  }

  private focusElement(id: string): void {
    afterNextRender(() => this.focusNow(id), { injector: this.injector });
  }

  private focusNow(id: string): void {
    this.document.getElementById(id)?.focus();
  }
}
