import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { FooterComponent } from './shell/footer.component';
import { HeaderComponent } from './shell/header.component';
import { SkipLinkComponent } from './shell/skip-link.component';

/** The page frame every route shares: skip link, NHS header with navigation, main, footer. */
@Component({
  selector: 'camhs-root',
  imports: [RouterOutlet, SkipLinkComponent, HeaderComponent, FooterComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-skip-link />
    <camhs-header />
    <div class="nhsuk-width-container">
      <main class="nhsuk-main-wrapper" id="maincontent" tabindex="-1">
        <router-outlet />
      </main>
    </div>
    <camhs-footer />
  `,
})
export class AppComponent {}
