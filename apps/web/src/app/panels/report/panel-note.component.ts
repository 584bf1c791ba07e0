import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * "How this is counted": the report's own note for a figure, next to it, as an NHS details
 * component (a native `<details>`: it opens with Enter or Space and says whether it is open).
 */
@Component({
  selector: 'camhs-panel-note',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (note(); as text) {
      <details class="nhsuk-details nhsuk-u-margin-bottom-2">
        <summary class="nhsuk-details__summary">
          <span class="nhsuk-details__summary-text">How this is counted<span class="nhsuk-u-visually-hidden">: {{ about() }}</span></span>
        </summary>
        <div class="nhsuk-details__text">
          <p class="nhsuk-body-s nhsuk-u-margin-bottom-0">{{ text }}</p>
        </div>
      </details>
    }
  `,
})
export class PanelNoteComponent {
  readonly note = input.required<string | null>();
  /** What the note is about, for screen readers (several notes on a page share the summary text). */
  readonly about = input.required<string>();
}
