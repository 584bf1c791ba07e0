import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * NHS error message for one field: `<span camhsErrorMessage field="givenName" [messages]="…">`
 * renders `<span class="nhsuk-error-message" id="givenName-error">Error: …</span>`.
 */
@Component({
  selector: 'span[camhsErrorMessage]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'nhsuk-error-message',
    '[id]': 'field() + "-error"',
  },
  template: `
    @for (message of messages(); track $index) {
      <span class="nhsuk-u-display-block"><span class="nhsuk-u-visually-hidden">Error: </span>{{ message }}</span>
    }
  `,
})
export class ErrorMessageComponent {
  readonly field = input.required<string>();
  readonly messages = input.required<readonly string[]>();
}
