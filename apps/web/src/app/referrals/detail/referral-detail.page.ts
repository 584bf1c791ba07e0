import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AppointmentView, ReferenceDataView, ReferralView, RiskAssessmentView, TimelineEntry, WaitView } from '@camhs/contracts';
import { systemClock, today } from '@camhs/domain';
import { EMPTY, Observable, Subject, catchError, combineLatest, distinctUntilChanged, forkJoin, map, of, startWith, switchMap } from 'rxjs';
import { describeError } from '../../shared/api-errors';
import { ReferralsApi } from '../referrals-api.service';
import { ActionSaved, SavedLink } from './action-form';
import { AddWaitFormComponent } from './add-wait-form.component';
import { AppointmentOutcomeFormComponent } from './appointment-outcome-form.component';
import { BookAppointmentFormComponent } from './book-appointment-form.component';
import { CompleteAccessFormComponent } from './complete-access-form.component';
import { CompleteAssessmentFormComponent } from './complete-assessment-form.component';
import { DischargeFormComponent } from './discharge-form.component';
import { DutyAction, dutyActions } from './duty-actions';
import { EndWaitFormComponent } from './end-wait-form.component';
import { LogContactFormComponent } from './log-contact-form.component';
import { ReferralAction, WaitAction, referralActions } from './pathway-actions';
import { ReferralAppointmentsTableComponent } from './referral-appointments-table.component';
import { ReferralBannerComponent } from './referral-banner.component';
import { ReferralDetailApi } from './referral-detail-api.service';
import { ReferralTimelineComponent } from './referral-timeline.component';
import { ReferralWaitsTableComponent, WaitActionRequest } from './referral-waits-table.component';
import { RecordNoResponseFormComponent } from './record-no-response-form.component';
import { RecordRiskAssessmentFormComponent } from './record-risk-assessment-form.component';
import { RiskHistoryTableComponent } from './risk-history-table.component';

/** The action whose form is open: one at a time, so ids on the page stay unique. */
type OpenForm = { kind: ReferralAction | DutyAction } | { kind: WaitAction; wait: WaitView } | { kind: 'record-outcome'; appointment: AppointmentView };

/** The rating history is null when it could not be read (the rest of the page still shows). */
type Loaded = { ok: true; referral: ReferralView; timeline: TimelineEntry[]; history: RiskAssessmentView[] | null } | { ok: false; error: unknown };

export const CONFLICT_HEADING = 'This referral was changed by someone else — reload to see the latest';
export const NOT_FOUND = 'There is no referral with this ID that you can see.';

const ACTION_BUTTONS: Readonly<Record<ReferralAction | DutyAction, string>> = {
  'complete-access': 'Complete access',
  'complete-assessment': 'Complete assessment',
  'add-wait': 'Add a wait',
  'book-appointment': 'Book an appointment',
  discharge: 'Discharge',
  'record-risk-assessment': 'Record risk assessment',
  'log-contact': 'Log a call or letter',
  'record-no-response': 'Record no response to letters',
};

/** /referrals/:id — the banner, the actions the stage allows (as forms, the Duty system's among them), waits, appointments, the rating history and the timeline. */
@Component({
  selector: 'camhs-referral-detail-page',
  imports: [
    RouterLink,
    ReferralBannerComponent,
    ReferralTimelineComponent,
    ReferralWaitsTableComponent,
    ReferralAppointmentsTableComponent,
    CompleteAccessFormComponent,
    CompleteAssessmentFormComponent,
    DischargeFormComponent,
    AddWaitFormComponent,
    EndWaitFormComponent,
    BookAppointmentFormComponent,
    AppointmentOutcomeFormComponent,
    RecordRiskAssessmentFormComponent,
    LogContactFormComponent,
    RecordNoResponseFormComponent,
    RiskHistoryTableComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './referral-detail.page.html',
  styles: `
    .app-action-form { border-left: 4px solid #005eb8; padding-left: 1rem; margin-bottom: 2rem; }
  `,
})
export class ReferralDetailPage {
  private readonly api = inject(ReferralDetailApi);
  private readonly referralsApi = inject(ReferralsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);

  readonly referral = signal<ReferralView | null>(null);
  readonly timeline = signal<TimelineEntry[]>([]);
  /** The RAG recall, newest first; null when it could not be read. */
  readonly riskHistory = signal<RiskAssessmentView[] | null>(null);
  readonly referenceData = signal<ReferenceDataView | null>(null);
  readonly loading = signal(true);
  readonly loadProblem = signal<string | null>(null);
  readonly notFound = signal(false);
  readonly openForm = signal<OpenForm | null>(null);
  /** Set by a 409: the page holds stale data until reloaded, so no action is offered meanwhile. */
  readonly conflict = signal<string | null>(null);
  /** The last success, announced in the live region. */
  readonly status = signal<string | null>(null);
  /** Where to go next after the last success (e.g. the team meeting agenda), if anywhere. */
  readonly statusLink = signal<SavedLink | null>(null);
  readonly today = signal(today(systemClock));
  readonly conflictHeading = CONFLICT_HEADING;
  readonly notFoundText = NOT_FOUND;

  readonly actions = computed(() => {
    const referral = this.referral();
    return referral && !this.conflict() ? [...referralActions(referral), ...dutyActions(referral)].map((kind) => ({ kind, text: ACTION_BUTTONS[kind] })) : [];
  });
  readonly waitingLists = computed(() => this.referenceData()?.waitingLists ?? []);

  private readonly reload$ = new Subject<void>();
  private readonly conflictBox = viewChild<ElementRef<HTMLElement>>('conflictBox');
  private readonly actionsHeading = viewChild<ElementRef<HTMLElement>>('actionsHeading');

  constructor() {
    this.referralsApi
      .referenceData()
      .pipe(
        catchError(() => EMPTY), // names fall back to codes; the referral itself says what went wrong
        takeUntilDestroyed(),
      )
      .subscribe((data) => this.referenceData.set(data));

    const id$ = this.route.paramMap.pipe(
      map((params) => params.get('id') ?? ''),
      distinctUntilChanged(),
    );
    combineLatest([id$, this.reload$.pipe(startWith(undefined))])
      .pipe(
        switchMap(([id]) => {
          this.loading.set(true);
          return this.load(id);
        }),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => this.show(loaded));
  }

  open(form: OpenForm): void {
    this.status.set(null);
    this.statusLink.set(null);
    this.openForm.set(form);
  }

  openReferralAction(kind: ReferralAction | DutyAction): void {
    this.open({ kind });
  }

  openWaitAction(request: WaitActionRequest): void {
    this.open({ kind: request.action, wait: request.wait });
  }

  openOutcome(appointment: AppointmentView): void {
    this.open({ kind: 'record-outcome', appointment });
  }

  isOpen(kind: ReferralAction | DutyAction): boolean {
    return this.openForm()?.kind === kind;
  }

  closeForm(): void {
    this.openForm.set(null);
    this.focus(this.actionsHeading);
  }

  /** The API took the change: show the referral as it now is, say so, and read the timeline again. */
  saved(result: ActionSaved): void {
    this.openForm.set(null);
    this.referral.set(result.referral);
    this.status.set(result.message);
    this.statusLink.set(result.link ?? null);
    this.reload$.next();
    this.focus(this.actionsHeading);
  }

  /** Someone else changed the referral: close the form (its data is stale) and offer only a reload. */
  conflicted(message: string): void {
    this.openForm.set(null);
    this.status.set(null);
    this.statusLink.set(null);
    this.conflict.set(message);
    this.focus(this.conflictBox);
  }

  /** Drop everything on screen and read the referral afresh. */
  reload(): void {
    this.conflict.set(null);
    this.openForm.set(null);
    this.referral.set(null);
    this.timeline.set([]);
    this.riskHistory.set(null);
    this.status.set(null);
    this.statusLink.set(null);
    this.reload$.next();
  }

  openWait(form: OpenForm | null): WaitView | null {
    return form && 'wait' in form ? form.wait : null;
  }

  openAppointment(form: OpenForm | null): AppointmentView | null {
    return form && 'appointment' in form ? form.appointment : null;
  }

  private load(id: string): Observable<Loaded> {
    return forkJoin({
      referral: this.api.get(id),
      timeline: this.api.timeline(id),
      history: this.api.riskAssessments(id).pipe(catchError(() => of(null))),
    }).pipe(
      map(({ referral, timeline, history }): Loaded => ({ ok: true, referral, timeline: timeline.entries, history })),
      catchError((error: unknown) => of<Loaded>({ ok: false, error })),
    );
  }

  private show(loaded: Loaded): void {
    this.loading.set(false);
    this.today.set(today(systemClock));
    if (loaded.ok) {
      this.referral.set(loaded.referral);
      this.timeline.set(loaded.timeline);
      this.riskHistory.set(loaded.history);
      this.loadProblem.set(null);
      this.notFound.set(false);
      return;
    }
    const { error } = loaded;
    if (error instanceof HttpErrorResponse && error.status === 401) return; // on the way to sign in
    // A malformed id (400) is as unknown as a missing one, or one outside the caller's scope (404).
    if (error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400)) {
      this.referral.set(null);
      this.notFound.set(true);
      return;
    }
    this.loadProblem.set(describeError(error));
  }

  private focus(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}
