import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { ROLE_LABELS } from '@camhs/domain';
import { SIGN_IN_PATH } from '../auth/return-url';
import { SessionService } from '../auth/session.service';

/**
 * The signed-in user's part of the NHS header (the "account" area): who they are, the roles they
 * act under, and signing out. Used as `<nav camhsUserMenu>` so the header's flex layout holds.
 */
@Component({
  selector: 'nav[camhsUserMenu]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'nhsuk-header__account', 'aria-label': 'Account', id: 'user-menu' },
  template: `
    @if (user(); as current) {
      <ul class="nhsuk-header__account-list">
        <li class="nhsuk-header__account-item">
          <svg
            class="nhsuk-icon nhsuk-icon--user"
            xmlns="http://www.w3.org/2000/svg"
            viewBox="0 0 24 24"
            width="16"
            height="16"
            focusable="false"
            aria-hidden="true"
          >
            <path
              d="M12 1a11 11 0 1 1 0 22 11 11 0 0 1 0-22Zm0 2a9 9 0 0 0-5 16.5V18a4 4 0 0 1 4-4h2a4 4 0 0 1 4 4v1.5A9 9 0 0 0 12 3Zm0 3a3.5 3.5 0 1 1-3.5 3.5A3.4 3.4 0 0 1 12 6Z"
            />
          </svg>
          <span id="user-display-name">{{ current.displayName }}</span>
          <span class="nhsuk-u-visually-hidden">, roles: </span>
          <span id="user-roles">({{ roleLabels() }})</span>
        </li>
        <li class="nhsuk-header__account-item">
          <button
            class="nhsuk-header__account-button"
            type="button"
            (click)="signOut()"
            [attr.aria-disabled]="signingOut() ? 'true' : null"
          >
            Sign out
          </button>
        </li>
      </ul>
    }
  `,
})
export class UserMenuComponent {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);

  readonly user = this.session.user;
  readonly roleLabels = computed(() => this.session.roles().map((r) => ROLE_LABELS[r]).join(', '));
  readonly signingOut = signal(false);

  signOut(): void {
    if (this.signingOut()) return;
    this.signingOut.set(true);
    this.session.signOut().subscribe(() => {
      this.signingOut.set(false);
      void this.router.navigateByUrl(SIGN_IN_PATH);
    });
  }
}
