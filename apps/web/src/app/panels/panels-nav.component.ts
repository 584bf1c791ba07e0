import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter, map } from 'rxjs';
import { SessionService } from '../auth/session.service';
import { activeNavPath, panelsNavFor } from './panels-nav-links';

/**
 * The Panels section's own navigation (an NHS contents list, laid out in a row): Cases, Sittings,
 * Catalogue, Reviews, Report — each only for the roles its page's API admits; the current page is
 * marked, not linked. `panelId`, when a page knows its panel, travels with the links as `?panel=`
 * so the next page opens on the same panel.
 */
@Component({
  selector: 'camhs-panels-nav',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .nhsuk-contents-list__list { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
  `,
  template: `
    @if (links().length > 1) {
      <nav class="nhsuk-contents-list" aria-label="Panels pages">
        <h2 class="nhsuk-u-visually-hidden">Panels pages</h2>
        <ol class="nhsuk-contents-list__list nhsuk-u-margin-bottom-4">
          @for (link of links(); track link.path) {
            @if (link.path === active() && !linkCurrent()) {
              <li class="nhsuk-contents-list__item" aria-current="page">
                <span class="nhsuk-contents-list__current">{{ link.text }}</span>
              </li>
            } @else {
              <li class="nhsuk-contents-list__item">
                <a
                  class="nhsuk-contents-list__link"
                  [routerLink]="link.path"
                  [queryParams]="panelId() ? { panel: panelId() } : {}"
                  [attr.aria-current]="link.path === active() ? 'true' : null"
                  >{{ link.text }}</a
                >
              </li>
            }
          }
        </ol>
      </nav>
    }
  `,
})
export class PanelsNavComponent {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  readonly panelId = input<string | null>(null);
  /** Link the current part too, marked as current but not as this page (a sitting links back to the list of sittings). */
  readonly linkCurrent = input(false);

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((e) => e instanceof NavigationEnd),
      map(() => this.router.url),
    ),
    { initialValue: this.router.url },
  );
  readonly links = computed(() => panelsNavFor(this.session.roles()));
  readonly active = computed(() => activeNavPath(this.url(), this.links()));
}
