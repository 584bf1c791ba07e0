import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';

/**
 * The live region a Panels page announces its last success in (NHS success banner): present from
 * the start so that screen readers announce what is put in it. The first line is the banner's
 * heading; further lines are listed under it. `focus()` moves focus to the heading.
 */
@Component({
  selector: 'camhs-status-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[id]': 'name() + "-status"', 'aria-live': 'polite', style: 'display: block' },
  template: `
    @if (lines(); as shown) {
      @if (shown.length > 0) {
        <div class="nhsuk-notification-banner nhsuk-notification-banner--success" [attr.aria-labelledby]="name() + '-status-title'">
          <div class="nhsuk-notification-banner__header">
            <h2 class="nhsuk-notification-banner__title" [id]="name() + '-status-title'">Success</h2>
          </div>
          <div class="nhsuk-notification-banner__content">
            <p class="nhsuk-notification-banner__heading" [id]="name() + '-status-message'" tabindex="-1" #message>{{ shown[0] }}</p>
            @if (shown.length > 1) {
              <ul class="nhsuk-list nhsuk-list--bullet" [id]="name() + '-status-list'">
                @for (line of shown.slice(1); track $index) {
                  <li>{{ line }}</li>
                }
              </ul>
            }
          </div>
        </div>
      }
    }
  `,
})
export class StatusBannerComponent {
  /** The page's name: the ids are `<name>-status`, `<name>-status-message`. */
  readonly name = input.required<string>();
  readonly lines = input<readonly string[] | null>(null);
  private readonly message = viewChild<ElementRef<HTMLElement>>('message');

  focus(): void {
    this.message()?.nativeElement.focus();
  }
}
