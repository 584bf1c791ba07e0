import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { ROLE_LABELS } from '@camhs/domain';
import { SIGN_IN_PATH } from '../auth/return-url';
import { SessionService } from '../auth/session.service';
import { IconComponent } from '../shared/icon.component';

/**
 * The signed-in user's part of the NHS header (the "account" area): who they are, the roles they
 * act under, and signing out. Used as `<nav camhsUserMenu>` so the header's flex layout holds.
 */
@Component({
  selector: 'nav[camhsUserMenu]',
  imports: [IconComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'nhsuk-header__account', 'aria-label': 'Account', id: 'user-menu' },
  template: `
    @if (user(); as current) {
      <ul class="nhsuk-header__account-list">
        <li class="nhsuk-header__account-item">
          <svg camhsIcon="user"></svg>
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
