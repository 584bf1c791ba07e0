import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PtlReport } from '@camhs/contracts';
import { formatDate } from '../referrals/date-format';
import { FigureDefinitionComponent } from './figure-definition.component';
import { FigureNumberComponent } from './figure-number.component';
import { ReportQuery } from './report-query';
import { headlineTiles } from './report-tiles';
import { trend } from './report-trend';

/** The headline figures as cards: the number (opening its rows), the trend against the previous report, how it is counted. */
@Component({
  selector: 'camhs-headline-tiles',
  imports: [FigureNumberComponent, FigureDefinitionComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .app-tiles {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 16px;
      margin-bottom: 24px;
    }
    .app-tiles .nhsuk-card {
      margin-bottom: 0;
      height: 100%;
    }
    .app-tile__number {
      font-size: 2.5rem;
      font-weight: 600;
      line-height: 1.1;
      margin-bottom: 8px;
    }
  `,
  template: `
    <ul class="nhsuk-list app-tiles" aria-label="Headline figures">
      @for (tile of tiles(); track tile.id) {
        <li [id]="tile.id">
          <div class="nhsuk-card">
            <div class="nhsuk-card__content">
              <h3 class="nhsuk-card__heading nhsuk-heading-xs">{{ tile.label }}</h3>
              <p class="app-tile__number"><camhs-figure-number [number]="tile.number" [query]="query()" /></p>
              @if (tile.trend; as t) {
                <p class="nhsuk-body-s" [attr.data-trend]="t.direction">
                  <span aria-hidden="true">{{ t.shown }}</span>
                  <span class="nhsuk-u-visually-hidden">{{ t.words }}.</span>
                  since the previous report:
                  <camhs-figure-number [number]="t.previous" [query]="query()" [asOf]="t.asOf" /> on {{ t.date }}
                </p>
              }
              <camhs-figure-definition [definition]="tile.definition" />
            </div>
          </div>
        </li>
      }
    </ul>
  `,
})
export class HeadlineTilesComponent {
  readonly report = input.required<PtlReport>();
  readonly query = input.required<ReportQuery>();

  readonly tiles = computed(() =>
    headlineTiles(this.report()).map((tile) => {
      const previous = tile.previous;
      if (!previous) return { ...tile, trend: null };
      const date = formatDate(previous.asOf);
      return {
        ...tile,
        trend: {
          ...trend(tile.value, previous.value, tile.definition.unit, date),
          asOf: previous.asOf,
          date,
          previous: { text: String(previous.value), drill: previous.drill, context: `${tile.number.context.split(':')[0]} on ${date}` },
        },
      };
    }),
  );
}
