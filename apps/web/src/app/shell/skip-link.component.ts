import { ChangeDetectionStrategy, Component } from '@angular/core';

/**
 * NHS skip link. A plain `href="#maincontent"` would be rewritten against the router's base
 * href, so focus is moved by hand (the main element has tabindex="-1").
 */
@Component({
  selector: 'camhs-skip-link',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<a class="nhsuk-skip-link" href="#maincontent" (click)="skip($event)">Skip to main content</a>`,
})
export class SkipLinkComponent {
  skip(event: Event): void {
    const main = document.getElementById('maincontent');
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  }
}
