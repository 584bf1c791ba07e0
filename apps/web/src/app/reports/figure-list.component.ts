import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FigureDefinitionComponent } from './figure-definition.component';
import { FigureNumberComponent } from './figure-number.component';
import { FigureItem } from './report-figures';
import { ReportQuery } from './report-query';

/** Figures as an NHS summary list: label, number (opening its rows) and how it is counted. */
@Component({
  selector: 'camhs-figure-list',
  imports: [FigureNumberComponent, FigureDefinitionComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="nhsuk-summary-list">
      @for (item of items(); track item.id) {
        <div class="nhsuk-summary-list__row" [id]="item.id">
          <dt class="nhsuk-summary-list__key">{{ item.label }}</dt>
          <dd class="nhsuk-summary-list__value">
            <p class="nhsuk-body nhsuk-u-font-weight-bold nhsuk-u-margin-bottom-2"><camhs-figure-number [number]="item.number" [query]="query()" /></p>
            <camhs-figure-definition [definition]="item.definition" />
          </dd>
        </div>
      }
    </dl>
  `,
})
export class FigureListComponent {
  readonly items = input.required<readonly FigureItem[]>();
  readonly query = input.required<ReportQuery>();
}
