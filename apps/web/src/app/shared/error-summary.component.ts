import { ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';

export interface ErrorSummaryItem {
  /** Element id to move focus to, or null for a problem that is not about one field. */
  target: string | null;
  text: string;
}

/**
 * NHS error summary (`#error-summary`). Renders nothing when there are no items. The owner calls
 * `focus()` after a failed submit so screen reader and keyboard users land on the list of problems.
 */
@Component({
  selector: 'camhs-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length > 0) {
      <div class="nhsuk-error-summary" id="error-summary" tabindex="-1">
        <div role="alert">
          <h2 class="nhsuk-error-summary__heading" id="error-summary-title">There is a problem</h2>
          <div class="nhsuk-error-summary__body">
            <ul class="nhsuk-list nhsuk-error-summary__list">
              @for (item of items(); track $index) {
                <li>
                  @if (item.target) {
                    <a [href]="'#' + item.target" (click)="focusField($event, item.target)">{{ item.text }}</a>
                  } @else {
                    {{ item.text }}
                  }
                </li>
              }
            </ul>
          </div>
        </div>
      </div>
    }
  `,
})
export class ErrorSummaryComponent {
  readonly items = input.required<readonly ErrorSummaryItem[]>();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  focus(): void {
    this.host.nativeElement.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  focusField(event: Event, target: string): void {
    // A plain fragment link would be resolved against the router's base href and reload the app.
    event.preventDefault();
    const element = document.getElementById(target);
    if (!element) return;
    element.focus();
    (element.closest('.nhsuk-form-group') ?? element).scrollIntoView({ block: 'start' });
  }
}
