import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RiskAssessmentView } from '@camhs/contracts';
import { ragLabel } from '../../duty/duty-labels';
import { riskShortLabel } from '../../duty/risk-findings';
import { formatDateTime } from '../../shared/date-time-format';
import { formatDate } from '../date-format';

/** The rating history (the RAG recall), newest first: each rating with what it was before, why, the risks found and who recorded it. */
@Component({
  selector: 'camhs-risk-history-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length > 0) {
      <div class="app-table-scroll">
        <table class="nhsuk-table" id="risk-history">
          <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Rating history, newest first</caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="col">Assessed</th>
              <th class="nhsuk-table__header" scope="col">Rating</th>
              <th class="nhsuk-table__header" scope="col">Reason</th>
              <th class="nhsuk-table__header" scope="col">Risks present</th>
              <th class="nhsuk-table__header" scope="col">Recorded by</th>
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            @for (row of rows(); track row.id) {
              <tr class="nhsuk-table__row">
                <td class="nhsuk-table__cell app-nowrap">{{ row.assessedOn }}</td>
                <td class="nhsuk-table__cell">
                  <strong class="nhsuk-tag" [class]="row.rating.tagClass">{{ row.rating.text }}</strong>
                  <span class="nhsuk-u-display-block">{{ row.previous }}</span>
                </td>
                <td class="nhsuk-table__cell">{{ row.reason }}</td>
                <td class="nhsuk-table__cell">
                  @if (row.risks.length > 0) {
                    <ul class="nhsuk-list nhsuk-u-margin-bottom-0">
                      @for (risk of row.risks; track $index) {
                        <li>{{ risk }}</li>
                      }
                    </ul>
                  } @else {
                    None
                  }
                </td>
                <td class="nhsuk-table__cell">{{ row.recorded }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="nhsuk-body" id="risk-history-empty">No risk assessment recorded yet.</p>
    }
  `,
})
export class RiskHistoryTableComponent {
  readonly assessments = input.required<readonly RiskAssessmentView[]>();

  readonly rows = computed(() =>
    this.assessments().map((a) => ({
      id: a.id,
      assessedOn: formatDate(a.assessedOn),
      rating: ragLabel(a.rating),
      previous: a.previousRating === null ? 'First rating' : a.previousRating === a.rating ? 'Unchanged' : `Was ${ragLabel(a.previousRating).text}`,
      reason: a.reason ?? '',
      risks: a.findings
        .filter((f) => f.present)
        .map((f) => `${riskShortLabel(f.domain)}${f.note ? `: ${f.note}` : ''}`),
      recorded: `${a.recordedBy}, ${formatDateTime(a.recordedAt)}`,
    })),
  );
}
