import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DUTY_SECTION_LABELS, DutyListRow, DutySectionName } from '@camhs/contracts';
import { ragLabel } from './duty-labels';
import { RowActions, RowWork, WORK_BUTTON_TEXT, claimText, detailText, rowActions, rowKey, whenText } from './duty-rows';

interface Row {
  row: DutyListRow;
  key: string;
  rag: { text: string; tagClass: string };
  when: string;
  detail: string | null;
  claim: string | null;
  actions: RowActions;
  workText: string | null;
}

export interface RowWorkRequest {
  row: DutyListRow;
  work: RowWork;
}

/**
 * One section of the duty list as a table, rows as the API ordered them (risk, then lateness):
 * the child (linking to the referral), the rating in words, when it fell due, what it is about,
 * who holds it, and what can be done — claim, release, or the section's own work.
 */
@Component({
  selector: 'camhs-duty-section-table',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="app-table-scroll">
      <table class="nhsuk-table" [id]="'table-' + section()">
        <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">{{ caption() }}</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Child</th>
            <th class="nhsuk-table__header" scope="col">Rating</th>
            <th class="nhsuk-table__header" scope="col">When</th>
            <th class="nhsuk-table__header" scope="col">Details</th>
            <th class="nhsuk-table__header" scope="col">Claimed</th>
            <th class="nhsuk-table__header" scope="col">Actions</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          @for (r of rows(); track r.key) {
            <tr class="nhsuk-table__row" [attr.data-row]="r.key">
              <th class="nhsuk-table__header" scope="row">
                <a [routerLink]="['/referrals', r.row.referralId]">{{ r.row.childName }}</a>
              </th>
              <td class="nhsuk-table__cell"><strong class="nhsuk-tag" [class]="r.rag.tagClass">{{ r.rag.text }}</strong></td>
              <td class="nhsuk-table__cell">{{ r.when }}</td>
              <td class="nhsuk-table__cell">
                @if (r.detail) {
                  {{ r.detail }}
                }
                @if (r.row.leadProfessional) {
                  <span class="nhsuk-u-display-block">Lead professional: {{ r.row.leadProfessional }}</span>
                }
              </td>
              <td class="nhsuk-table__cell">{{ r.claim }}</td>
              <td class="nhsuk-table__cell">
                <div class="nhsuk-button-group nhsuk-button-group--small nhsuk-u-margin-bottom-0">
                  @if (r.actions.claim) {
                    <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" [id]="'claim-' + r.key" [disabled]="busy()" (click)="claim.emit(r.row)">
                      Claim<span class="nhsuk-u-visually-hidden"> the task for {{ r.row.childName }}</span>
                    </button>
                  }
                  @if (r.actions.release) {
                    <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" [id]="'release-' + r.key" [disabled]="busy()" (click)="release.emit(r.row)">
                      Release<span class="nhsuk-u-visually-hidden"> the task for {{ r.row.childName }}</span>
                    </button>
                  }
                  @if (r.actions.work; as kind) {
                    <button
                      type="button"
                      class="nhsuk-button nhsuk-button--small"
                      [id]="'work-' + r.key"
                      [attr.aria-expanded]="openKey() === r.key"
                      [attr.aria-controls]="'form-' + section()"
                      (click)="work.emit({ row: r.row, work: kind })"
                    >
                      {{ r.workText }}<span class="nhsuk-u-visually-hidden"> for {{ r.row.childName }}</span>
                    </button>
                  }
                  @if (r.actions.agenda) {
                    <a [routerLink]="'/duty/agenda'" [queryParams]="{ team: team() }">Team meeting agenda<span class="nhsuk-u-visually-hidden"> for {{ r.row.childName }}</span></a>
                  }
                </div>
              </td>
            </tr>
          } @empty {
            <tr class="nhsuk-table__row">
              <td class="nhsuk-table__cell" colspan="6">Nothing in this section today.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class DutySectionTableComponent {
  readonly section = input.required<DutySectionName>();
  readonly items = input.required<readonly DutyListRow[]>();
  readonly team = input.required<string>();
  readonly userId = input<string | null>(null);
  readonly isManager = input(false);
  /** True while a claim or release is on its way. */
  readonly busy = input(false);
  /** The row whose form is open. */
  readonly openKey = input<string | null>(null);

  readonly claim = output<DutyListRow>();
  readonly release = output<DutyListRow>();
  readonly work = output<RowWorkRequest>();

  readonly rows = computed<Row[]>(() =>
    this.items().map((row) => {
      const actions = rowActions(row, this.userId(), this.isManager());
      return {
        row,
        key: rowKey(row),
        rag: ragLabel(row.rating),
        when: whenText(row),
        detail: detailText(row),
        claim: claimText(row, this.userId()),
        actions,
        workText: actions.work ? WORK_BUTTON_TEXT[actions.work] : null,
      };
    }),
  );
  readonly caption = computed(() => `${DUTY_SECTION_LABELS[this.section()]}, highest risk first, then the longest waiting`);
}
