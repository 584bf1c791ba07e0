import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { IconComponent, IconName } from './icon.component';
import { PagePosition, pageRange } from './page-range';

interface PagerLink {
  rel: 'prev' | 'next';
  item: 'previous' | 'next';
  title: 'Previous' | 'Next';
  page: number;
  href: string;
  icon: IconName;
}

/**
 * "Showing 21 to 40 of 45" and the NHS pagination links ("Previous page", "Next page") under a paged
 * table. The links are real links (focusable, Enter follows them); the owner loads the page it is given.
 */
@Component({
  selector: 'camhs-pager',
  imports: [IconComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="nhsuk-body" [id]="rangeId()">Showing {{ range().first }} to {{ range().last }} of {{ page().total }}</p>
    @if (links().length > 0) {
      <nav class="nhsuk-pagination nhsuk-u-margin-top-0" role="navigation" aria-label="Pagination">
        <ul class="nhsuk-list nhsuk-pagination__list">
          @for (link of links(); track link.rel) {
            <li [class]="'nhsuk-pagination-item--' + link.item">
              <a
                class="nhsuk-pagination__link"
                [class]="'nhsuk-pagination__link--' + link.rel"
                [href]="link.href"
                [attr.rel]="link.rel"
                (click)="go($event, link.page)"
              >
                <span class="nhsuk-pagination__title">{{ link.title }}<span class="nhsuk-u-visually-hidden"> page</span></span>
                <svg [camhsIcon]="link.icon"></svg>
              </a>
            </li>
          }
        </ul>
      </nav>
    }
  `,
})
export class PagerComponent {
  readonly page = input.required<PagePosition>();
  /** Id of the "Showing … to … of …" line. */
  readonly rangeId = input.required<string>();
  /** The page number the user asked for. */
  readonly pageChange = output<number>();

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  readonly range = computed(() => pageRange(this.page()));
  readonly links = computed<PagerLink[]>(() => {
    const { page } = this.page();
    const { hasPrevious, hasNext } = this.range();
    const links: PagerLink[] = [];
    if (hasPrevious) links.push({ rel: 'prev', item: 'previous', title: 'Previous', page: page - 1, href: this.hrefFor(page - 1), icon: 'arrow-left' });
    if (hasNext) links.push({ rel: 'next', item: 'next', title: 'Next', page: page + 1, href: this.hrefFor(page + 1), icon: 'arrow-right' });
    return links;
  });

  go(event: Event, page: number): void {
    event.preventDefault();
    this.pageChange.emit(page);
  }

  /** A link needs an address: the current one with `page` set (the click itself is handled by the owner). */
  private hrefFor(page: number): string {
    const tree = this.router.createUrlTree([], { relativeTo: this.route, queryParams: { page }, queryParamsHandling: 'merge' });
    return this.router.serializeUrl(tree);
  }
}
