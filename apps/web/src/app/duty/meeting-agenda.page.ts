import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { LeadProfessionalOption, MeetingAgendaItem, ROUTE_POLICIES } from '@camhs/contracts';
import { EMPTY, Observable, Subject, catchError, combineLatest, distinctUntilChanged, map, of, startWith, switchMap, tap } from 'rxjs';
import { SessionService } from '../auth/session.service';
import { ReferralDetailApi } from '../referrals/detail/referral-detail-api.service';
import { describeError } from '../shared/api-errors';
import { ErrorSummaryComponent, ErrorSummaryItem } from '../shared/error-summary.component';
import { DutyApi } from './duty-api.service';
import { dutyTeamFrom, teamOptions } from './duty-team';
import { DutyTeamPickerComponent } from './duty-team-picker.component';
import { agendaWaitText, allocatedMessage, allocationProblem, leadProfessionalOptions } from './meeting-agenda-rules';

type Loaded = { ok: true; items: MeetingAgendaItem[] } | { ok: false; error: unknown };

/**
 * /duty/agenda?team= — the team meeting agenda: every RED child on the team with no named lead
 * professional, longest first. Lead professionals and managers allocate one from the team's lead
 * professionals; the child then leaves the agenda.
 */
@Component({
  selector: 'camhs-meeting-agenda-page',
  imports: [RouterLink, ErrorSummaryComponent, DutyTeamPickerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <a class="nhsuk-back-link" routerLink="/duty" [queryParams]="team() ? { team: team() } : {}">Back to the duty list</a>
    <h1>Team meeting agenda</h1>
    <p class="nhsuk-lede-text">Children rated RED with no named lead professional. Allocating a lead professional takes the child off the agenda.</p>

    <camhs-duty-team-picker [options]="teams()" [team]="team()" formLabel="Choose the team's agenda" buttonText="Show agenda" (chosen)="chooseTeam($event)" />

    <div id="agenda-status" aria-live="polite">
      @if (status(); as message) {
        <div class="nhsuk-notification-banner nhsuk-notification-banner--success" aria-labelledby="agenda-status-title">
          <div class="nhsuk-notification-banner__header">
            <h2 class="nhsuk-notification-banner__title" id="agenda-status-title">Success</h2>
          </div>
          <div class="nhsuk-notification-banner__content">
            <p class="nhsuk-notification-banner__heading" id="agenda-status-message" tabindex="-1" #statusMessage>{{ message }}</p>
          </div>
        </div>
      }
    </div>

    @if (items(); as list) {
      <div class="app-table-scroll">
        <table class="nhsuk-table" id="agenda-table">
          <caption class="nhsuk-table__caption nhsuk-table__caption--m">{{ caption() }}</caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="col">Child</th>
              <th class="nhsuk-table__header" scope="col">Rated red</th>
              @if (canAllocate()) {
                <th class="nhsuk-table__header" scope="col">Allocate a lead professional</th>
              }
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            @for (item of list; track item.referralId) {
              <tr class="nhsuk-table__row" [attr.data-referral]="item.referralId">
                <th class="nhsuk-table__header" scope="row">
                  <a [routerLink]="['/referrals', item.referralId]">{{ item.childName }}</a>
                </th>
                <td class="nhsuk-table__cell">{{ waitText(item) }}</td>
                @if (canAllocate()) {
                  <td class="nhsuk-table__cell">
                    <div class="nhsuk-form-group nhsuk-u-margin-bottom-2" [class.nhsuk-form-group--error]="missingChoice() === item.referralId">
                      <label class="nhsuk-label" [for]="'lp-' + item.referralId">Lead professional<span class="nhsuk-u-visually-hidden"> for {{ item.childName }}</span></label>
                      @if (missingChoice() === item.referralId) {
                        <span class="nhsuk-error-message" [id]="'lp-' + item.referralId + '-error'"><span class="nhsuk-u-visually-hidden">Error: </span>Choose a lead professional</span>
                      }
                      <select
                        class="nhsuk-select"
                        [class.nhsuk-select--error]="missingChoice() === item.referralId"
                        [id]="'lp-' + item.referralId"
                        [attr.aria-describedby]="missingChoice() === item.referralId ? 'lp-' + item.referralId + '-error' : null"
                        (change)="choose(item.referralId, $event)"
                      >
                        <option value="">Choose a lead professional</option>
                        @for (option of options(); track option.value) {
                          <option [value]="option.value" [selected]="chosen()[item.referralId] === option.value">{{ option.text }}</option>
                        }
                      </select>
                    </div>
                    <button
                      type="button"
                      class="nhsuk-button nhsuk-button--small nhsuk-u-margin-bottom-0"
                      [id]="'allocate-' + item.referralId"
                      [disabled]="allocating()"
                      (click)="allocate(item)"
                    >
                      Allocate lead professional<span class="nhsuk-u-visually-hidden"> for {{ item.childName }}</span>
                    </button>
                  </td>
                }
              </tr>
            } @empty {
              <tr class="nhsuk-table__row">
                <td class="nhsuk-table__cell" [attr.colspan]="canAllocate() ? 3 : 2">No RED child is waiting for a lead professional.</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (!canAllocate()) {
        <p class="nhsuk-body" id="agenda-who-allocates">Lead professionals and managers allocate lead professionals at the team meeting.</p>
      }
    } @else if (!team()) {
      <p class="nhsuk-body">You are not in a clinical team. Choose a team above.</p>
    } @else if (!loadProblem()) {
      <p class="nhsuk-body" id="agenda-loading">Loading the agenda…</p>
    }
  `,
})
export class MeetingAgendaPage {
  private readonly api = inject(DutyApi);
  private readonly referrals = inject(ReferralDetailApi);
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);

  readonly team = signal<string | null>(null);
  readonly items = signal<MeetingAgendaItem[] | null>(null);
  readonly leadProfessionals = signal<LeadProfessionalOption[]>([]);
  /** The lead professional chosen per referral. */
  readonly chosen = signal<Readonly<Record<string, string>>>({});
  /** The referral whose "Allocate" was pressed with no lead professional chosen. */
  readonly missingChoice = signal<string | null>(null);
  readonly allocating = signal(false);
  readonly status = signal<string | null>(null);
  readonly actionProblem = signal<{ text: string; target: string | null } | null>(null);
  readonly loadProblem = signal<string | null>(null);

  readonly canAllocate = computed(() => this.session.allows(ROUTE_POLICIES['POST /api/referrals/{id}/lead-professional']));
  readonly teams = computed(() => teamOptions(this.session.user()?.teams ?? [], this.team()));
  readonly options = computed(() => leadProfessionalOptions(this.leadProfessionals()));
  readonly caption = computed(() => {
    const team = this.teams().find((t) => t.value === this.team())?.text ?? this.team() ?? '';
    const n = this.items()?.length ?? 0;
    return `${team}: ${n} ${n === 1 ? 'child' : 'children'} waiting for a lead professional`;
  });
  readonly summary = computed<ErrorSummaryItem[]>(() => {
    const items: ErrorSummaryItem[] = [];
    const action = this.actionProblem();
    if (action) items.push(action);
    const load = this.loadProblem();
    if (load) items.push({ target: null, text: load });
    return items;
  });
  readonly waitText = agendaWaitText;

  private readonly refresh$ = new Subject<void>();
  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly statusMessage = viewChild<ElementRef<HTMLElement>>('statusMessage');
  private focusAfterLoad: (() => void) | null = null;

  constructor() {
    const team$ = this.route.queryParamMap.pipe(
      map((params) => dutyTeamFrom(params.get('team'), this.session.user()?.teams ?? [])),
      distinctUntilChanged(),
      tap((team) => {
        this.team.set(team);
        this.items.set(null);
        this.chosen.set({});
      }),
    );
    combineLatest([team$, this.refresh$.pipe(startWith(undefined))])
      .pipe(
        switchMap(([team]) => (team ? this.fetch(team) : of(null))),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => loaded && this.show(loaded));
    team$
      .pipe(
        switchMap((team) => (team && this.canAllocate() ? this.api.leadProfessionals(team).pipe(catchError(() => EMPTY)) : of([]))),
        takeUntilDestroyed(),
      )
      .subscribe((options) => this.leadProfessionals.set(options));
  }

  chooseTeam(team: string): void {
    this.status.set(null);
    this.actionProblem.set(null);
    void this.router.navigate([], { relativeTo: this.route, queryParams: { team } });
  }

  choose(referralId: string, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.chosen.update((current) => ({ ...current, [referralId]: value }));
    if (value && this.missingChoice() === referralId) {
      this.missingChoice.set(null);
      this.actionProblem.set(null);
    }
  }

  allocate(item: MeetingAgendaItem): void {
    if (this.allocating()) return;
    this.status.set(null);
    const userId = this.chosen()[item.referralId];
    if (!userId) {
      this.missingChoice.set(item.referralId);
      this.actionProblem.set({ text: `Choose a lead professional for ${item.childName}`, target: `lp-${item.referralId}` });
      afterNextRender(() => this.summaryBox()?.focus(), { injector: this.injector });
      return;
    }
    this.missingChoice.set(null);
    this.actionProblem.set(null);
    this.allocating.set(true);
    this.referrals
      .get(item.referralId)
      .pipe(
        switchMap((referral) => {
          const problem = allocationProblem(referral, item.childName);
          if (problem) throw new StaleAgenda(problem);
          return this.api.allocateLeadProfessional(item.referralId, { version: referral.version, userId });
        }),
      )
      .subscribe({
        next: (allocated) => {
          this.allocating.set(false);
          this.status.set(allocatedMessage(item.childName, allocated.leadProfessional));
          this.focusAfterLoad = () => this.statusMessage()?.nativeElement.focus();
          this.refresh$.next();
        },
        error: (error: unknown) => {
          this.allocating.set(false);
          if (error instanceof HttpErrorResponse && error.status === 401) return;
          const why = error instanceof StaleAgenda ? error.message : describeError(error);
          this.actionProblem.set({ text: `No lead professional was allocated for ${item.childName}. ${why} The agenda has been read again.`, target: null });
          this.focusAfterLoad = () => this.summaryBox()?.focus();
          this.refresh$.next();
        },
      });
  }

  private fetch(team: string): Observable<Loaded> {
    return this.api.meetingAgenda(team).pipe(
      map((items): Loaded => ({ ok: true, items })),
      catchError((error: unknown) => of<Loaded>({ ok: false, error })),
    );
  }

  private show(loaded: Loaded): void {
    if (loaded.ok) {
      this.items.set(loaded.items);
      this.loadProblem.set(null);
    } else if (!(loaded.error instanceof HttpErrorResponse && loaded.error.status === 401)) {
      const { error } = loaded;
      this.loadProblem.set(error instanceof HttpErrorResponse && error.status === 404 ? `There is no team '${this.team()}' whose agenda you can see.` : describeError(error));
    }
    const focus = this.focusAfterLoad;
    this.focusAfterLoad = null;
    if (focus) afterNextRender(focus, { injector: this.injector });
  }
}

/** The referral changed since the agenda was read (see `allocationProblem`). */
class StaleAgenda extends Error {}
