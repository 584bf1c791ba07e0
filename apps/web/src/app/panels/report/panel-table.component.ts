import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { PanelTable } from './panel-report-figures';

/** A table of the panel report (also the accessible alternative of a chart), with its caption and an optional totals row. */
@Component({
  selector: 'camhs-panel-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="app-table-scroll">
      <table class="nhsuk-table" [id]="table().id" tabindex="-1">
        <caption class="nhsuk-table__caption nhsuk-table__caption--s">{{ table().caption }}</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            @for (heading of table().headings; track $index) {
              <th class="nhsuk-table__header" [class.nhsuk-table__header--numeric]="$index > 0 && table().numeric[$index - 1]" scope="col">{{ heading }}</th>
            }
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          @for (row of table().rows; track $index) {
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="row">{{ row.header }}</th>
              @for (cell of row.cells; track $index) {
                <td class="nhsuk-table__cell" [class.nhsuk-table__cell--numeric]="table().numeric[$index]">{{ cell }}</td>
              }
            </tr>
          } @empty {
            <tr class="nhsuk-table__row">
              <td class="nhsuk-table__cell" [attr.colspan]="table().headings.length">{{ empty() }}</td>
            </tr>
          }
        </tbody>
        @if (table().footer; as footer) {
          <tfoot>
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="row">{{ footer.header }}</th>
              @for (cell of footer.cells; track $index) {
                <td class="nhsuk-table__cell nhsuk-u-font-weight-bold" [class.nhsuk-table__cell--numeric]="table().numeric[$index]">{{ cell }}</td>
              }
            </tr>
          </tfoot>
        }
      </table>
    </div>
  `,
})
export class PanelTableComponent {
  readonly table = input.required<PanelTable>();
  readonly empty = input('None in this year.');
}
