import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { PtlFigureDefinition } from '@camhs/contracts';

/**
 * "How this is counted": a figure's unit and inclusion rule, next to the figure, as an NHS details
 * component (a native `<details>`, so it opens with Enter or Space and says whether it is open).
 */
@Component({
  selector: 'camhs-figure-definition',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="nhsuk-details nhsuk-u-margin-bottom-2">
      <summary class="nhsuk-details__summary">
        <span class="nhsuk-details__summary-text"
          >{{ summary() ?? 'How this is counted' }}
          @if (!summary()) {
            <span class="nhsuk-u-visually-hidden">: {{ definition().label }}</span>
          }</span
        >
      </summary>
      <div class="nhsuk-details__text">
        <p class="nhsuk-body-s">{{ definition().counted }}</p>
        <p class="nhsuk-body-s nhsuk-u-margin-bottom-0">Counted in {{ definition().unit }}.</p>
      </div>
    </details>
  `,
})
export class FigureDefinitionComponent {
  readonly definition = input.required<PtlFigureDefinition>();
  /** The summary's text; by default "How this is counted" (plus the figure's label for screen readers). */
  readonly summary = input<string | null>(null);
}
