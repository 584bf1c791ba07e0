import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS } from '@camhs/domain';
import { allowedSections } from './auth.guards';
import { SessionService } from './session.service';

/**
 * Shown at the address the user asked for when their roles do not allow it (the API would answer
 * 403). Not a redirect: the address bar still says what they tried to open.
 */
@Component({
  selector: 'camhs-no-access-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 id="no-access">You do not have access to this page</h1>
    <p>Your roles ({{ roleText() }}) do not include this part of the service.</p>
    <p>If you need it for your work, ask your manager or the service administrator to change your roles.</p>
    @if (sections().length > 0) {
      <p>You can go to:</p>
      <ul class="nhsuk-list nhsuk-list--bullet">
        @for (section of sections(); track section.path) {
          <li><a [routerLink]="'/' + section.path">{{ section.text }}</a></li>
        }
      </ul>
    }
  `,
})
export class NoAccessPage {
  private readonly session = inject(SessionService);
  readonly sections = computed(() => allowedSections(this.session));
  readonly roleText = computed(() => this.session.roles().map((r) => ROLE_LABELS[r]).join(', ') || 'none');
}
