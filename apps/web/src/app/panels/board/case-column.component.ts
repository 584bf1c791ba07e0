import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PanelCaseState, PanelCaseSummary } from '@camhs/contracts';
import { formatDate } from '../../referrals/date-format';
import { riskText } from '../panel-labels';
import { CaseWork, caseWork, stillNeeds, workLabel } from './case-board-rules';

export interface WorkRequest {
  panelCase: PanelCaseSummary;
  work: CaseWork;
}

/** One column of the board as a table: each case with its consent, pre-panel risk and agenda, and the work the board offers for it. */
@Component({
  selector: 'camhs-case-column',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="app-table-scroll">
      <table class="nhsuk-table" [id]="'table-' + state()">
        <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">{{ label() }}: {{ cases().length }} {{ cases().length === 1 ? 'case' : 'cases' }}</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Child</th>
            <th class="nhsuk-table__header" scope="col">School</th>
            <th class="nhsuk-table__header" scope="col">Consent</th>
            <th class="nhsuk-table__header" scope="col">Pre-panel risk</th>
            <th class="nhsuk-table__header" scope="col">Agenda</th>
            @if (hasWork()) {
              <th class="nhsuk-table__header" scope="col">Actions</th>
            }
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          @for (c of cases(); track c.id) {
            <tr class="nhsuk-table__row" [attr.data-case]="c.id">
              <th class="nhsuk-table__header" scope="row">
                {{ c.childName }}
                <span class="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0">Born {{ formatDate(c.dateOfBirth) }}</span>
              </th>
              <td class="nhsuk-table__cell">{{ c.school }}@if (c.yearGroup) {, {{ c.yearGroup }}}</td>
              <td class="nhsuk-table__cell">{{ c.consentRecorded ? 'Recorded' : 'Not recorded' }}</td>
              <td class="nhsuk-table__cell">{{ riskText(c.risk) }}</td>
              <td class="nhsuk-table__cell">
                @if (c.onAgenda; as agenda) {
                  <a [routerLink]="['/panels/sittings', agenda.sittingId]">Sitting of {{ formatDate(agenda.sitsOn) }}</a>
                } @else if (needs(c); as text) {
                  {{ text }}
                } @else {
                  Not on an agenda
                }
              </td>
              @if (hasWork()) {
                <td class="nhsuk-table__cell">
                  <ul class="nhsuk-list nhsuk-u-margin-bottom-0">
                    @for (w of workFor(c); track w) {
                      <li class="nhsuk-u-margin-bottom-1">
                        <button
                          type="button"
                          class="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                          [id]="w + '-' + c.id"
                          [attr.aria-expanded]="openKey() === w + '-' + c.id"
                          (click)="work.emit({ panelCase: c, work: w })"
                        >
                          {{ workText(w, c) }}<span class="nhsuk-u-visually-hidden"> for {{ c.childName }}</span>
                        </button>
                      </li>
                    }
                  </ul>
                </td>
              }
            </tr>
          } @empty {
            <tr class="nhsuk-table__row">
              <td class="nhsuk-table__cell" [attr.colspan]="hasWork() ? 6 : 5">No case is {{ label().toLowerCase() }}.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class CaseColumnComponent {
  readonly state = input.required<PanelCaseState>();
  readonly label = input.required<string>();
  readonly cases = input.required<readonly PanelCaseSummary[]>();
  /** `<work>-<caseId>` of the form open, if it is for this column. */
  readonly openKey = input<string | null>(null);
  readonly work = output<WorkRequest>();

  readonly formatDate = formatDate;
  readonly riskText = riskText;
  readonly needs = stillNeeds;
  readonly workFor = caseWork;

  hasWork(): boolean {
    return caseWork({ state: this.state() }).length > 0;
  }

  workText(w: CaseWork, c: PanelCaseSummary): string {
    return workLabel(w, c);
  }
}
