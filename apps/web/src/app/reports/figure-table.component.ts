import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FigureDefinitionComponent } from './figure-definition.component';
import { FigureNumberComponent } from './figure-number.component';
import { FigureTable } from './report-figures';
import { ReportQuery } from './report-query';

/** A table of figures (also the accessible alternative of a chart): every number opens its rows; definitions below. */
@Component({
  selector: 'camhs-figure-table',
  imports: [FigureNumberComponent, FigureDefinitionComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="app-table-scroll">
      <table class="nhsuk-table" [id]="table().id" tabindex="-1">
        <caption class="nhsuk-table__caption nhsuk-table__caption--s">{{ table().caption }}</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            @for (heading of table().headings; track $index) {
              <th class="nhsuk-table__header" [class.nhsuk-table__header--numeric]="$index > 0" scope="col">{{ heading }}</th>
            }
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          @for (row of table().rows; track row.header) {
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="row">{{ row.header }}</th>
              @for (cell of row.cells; track $index) {
                <td class="nhsuk-table__cell nhsuk-table__cell--numeric"><camhs-figure-number [number]="cell" [query]="query()" /></td>
              }
            </tr>
          } @empty {
            <tr class="nhsuk-table__row">
              <td class="nhsuk-table__cell" [attr.colspan]="table().headings.length">{{ empty() }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    @for (definition of table().definitions; track definition.path) {
      <camhs-figure-definition [definition]="definition" [summary]="table().definitions.length > 1 ? 'How this is counted: ' + definition.label.toLowerCase() : 'How this is counted'" />
    }
  `,
})
export class FigureTableComponent {
  readonly table = input.required<FigureTable>();
  readonly query = input.required<ReportQuery>();
  readonly empty = input('None.');
}
