import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { allowedSections } from '../auth/auth.guards';
import { SessionService } from '../auth/session.service';
import { SERVICE_NAME } from './service-title.strategy';
import { UserMenuComponent } from './user-menu.component';

/**
 * NHS header (nhsuk-frontend v10 markup): service name, the signed-in user's menu, and navigation
 * to the sections their roles allow. Signed out (the sign-in page), only the service name shows.
 */
@Component({
  selector: 'camhs-header',
  imports: [RouterLink, RouterLinkActive, UserMenuComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="nhsuk-header" role="banner">
      <div class="nhsuk-header__container nhsuk-width-container">
        <div class="nhsuk-header__service">
          <a class="nhsuk-header__service-logo" routerLink="/" [attr.aria-label]="'NHS ' + serviceName + ' homepage'">
            <svg
              class="nhsuk-header__logo"
              xmlns="http://www.w3.org/2000/svg"
              viewBox="0 0 200 80"
              height="40"
              width="100"
              focusable="false"
              role="img"
              aria-label="NHS"
            >
              <title>NHS</title>
              <path
                fill="currentcolor"
                d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"
              />
            </svg>
            <span class="nhsuk-header__service-name">{{ serviceName }}</span>
          </a>
        </div>
        @if (signedIn()) {
          <nav camhsUserMenu></nav>
        }
      </div>
      @if (items().length > 0) {
        <nav class="nhsuk-header__navigation" aria-label="Menu">
          <div class="nhsuk-header__navigation-container nhsuk-width-container">
            <ul class="nhsuk-header__navigation-list">
              @for (item of items(); track item.path) {
                <li
                  class="nhsuk-header__navigation-item"
                  routerLinkActive="nhsuk-header__navigation-item--current"
                  #rla="routerLinkActive"
                >
                  <a
                    class="nhsuk-header__navigation-link"
                    [routerLink]="'/' + item.path"
                    routerLinkActive
                    ariaCurrentWhenActive="page"
                  >
                    @if (rla.isActive) {
                      <strong class="nhsuk-header__navigation-item-current-fallback">{{ item.text }}</strong>
                    } @else {
                      {{ item.text }}
                    }
                  </a>
                </li>
              }
            </ul>
          </div>
        </nav>
      }
    </header>
  `,
})
export class HeaderComponent {
  private readonly session = inject(SessionService);

  readonly serviceName = SERVICE_NAME;
  readonly signedIn = this.session.signedIn;
  readonly items = computed(() => (this.session.signedIn() ? allowedSections(this.session) : []));
}
