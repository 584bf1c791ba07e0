import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FigureNumber } from './report-figures';
import { ReportQuery, drillAddress } from './report-query';

/** A number that opens the rows behind it (`/reports/drill?figure=…`), or plain text when it opens nothing. */
@Component({
  selector: 'camhs-figure-number',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (number().drill; as figure) {
      <a routerLink="/reports/drill" [queryParams]="address()" [attr.data-figure]="figure"
        >{{ number().text }}<span class="nhsuk-u-visually-hidden"> {{ number().context }}, show the list</span></a
      >
    } @else {
      {{ number().text }}
    }
  `,
})
export class FigureNumberComponent {
  readonly number = input.required<FigureNumber>();
  readonly query = input.required<ReportQuery>();
  /** Open the figure at another date (a previous report's figure). */
  readonly asOf = input<string | null>(null);

  readonly address = computed(() => drillAddress(this.query(), this.number().drill ?? '', this.asOf() ?? this.query().asOf));
}
