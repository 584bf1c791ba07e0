import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, inject, input, output, signal } from '@angular/core';
import { LetterQueueItem, LetterStatusName, Page } from '@camhs/contracts';
import { formatDateTime } from '../shared/date-time-format';
import { PagerComponent } from '../shared/pager.component';
import { LettersApi } from './letters-api.service';
import { LETTER_KIND_LABELS, LETTER_RECIPIENT_LABELS, LETTER_STATUS_LABELS, LETTER_STATUS_TAGS, describeLetter } from './letter-labels';

interface Row {
  item: LetterQueueItem;
  id: string;
  child: string;
  kind: string;
  recipient: string;
  team: string;
  status: LetterStatusName;
  statusText: string;
  statusTag: string;
  /** "on 22 Nov 2026, 09:15:03 by demo.admin" for a sent letter. */
  sentDetail: string | null;
  created: string;
  description: string;
  pdfUrl: string | null;
}

/**
 * The letter queue's table: a PDF link once a letter is generated, and "Mark sent" with an inline
 * confirmation (focus moves to the confirming button; Escape or Cancel returns to "Mark sent").
 */
@Component({
  selector: 'camhs-letters-table',
  imports: [PagerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="app-table-scroll">
      <table class="nhsuk-table" id="letters-table">
        <caption class="nhsuk-table__caption nhsuk-table__caption--m">{{ caption() }}</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Child</th>
            <th class="nhsuk-table__header" scope="col">Letter</th>
            <th class="nhsuk-table__header" scope="col">To</th>
            <th class="nhsuk-table__header" scope="col">Team</th>
            <th class="nhsuk-table__header" scope="col">Queued</th>
            <th class="nhsuk-table__header" scope="col">Status</th>
            <th class="nhsuk-table__header" scope="col">Actions</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          @for (row of rows(); track row.id) {
            <tr class="nhsuk-table__row" [attr.data-letter-id]="row.id">
              <td class="nhsuk-table__cell">{{ row.child }}</td>
              <td class="nhsuk-table__cell">{{ row.kind }}</td>
              <td class="nhsuk-table__cell">{{ row.recipient }}</td>
              <td class="nhsuk-table__cell">{{ row.team }}</td>
              <td class="nhsuk-table__cell app-nowrap">{{ row.created }}</td>
              <td class="nhsuk-table__cell">
                <strong class="nhsuk-tag" [class]="row.statusTag">{{ row.statusText }}</strong>
                @if (row.sentDetail) {
                  <span class="nhsuk-u-display-block nhsuk-u-font-size-14 nhsuk-u-secondary-text-colour">{{ row.sentDetail }}</span>
                }
              </td>
              <td class="nhsuk-table__cell">
                @if (row.pdfUrl) {
                  <p class="nhsuk-body-s nhsuk-u-margin-bottom-2">
                    <a [href]="row.pdfUrl" download [id]="'download-' + row.id"
                      >Download PDF<span class="nhsuk-u-visually-hidden">: {{ row.description }}</span></a
                    >
                  </p>
                }
                @if (row.status === 'generated') {
                  @if (confirming() === row.id) {
                    <div role="group" [attr.aria-labelledby]="'confirm-question-' + row.id" (keydown.escape)="cancel(row.id)">
                      <p class="nhsuk-body-s nhsuk-u-margin-bottom-2" [id]="'confirm-question-' + row.id">
                        Has this letter been posted?<span class="nhsuk-u-visually-hidden"> {{ row.description }}</span>
                      </p>
                      <div class="nhsuk-button-group nhsuk-button-group--small nhsuk-u-margin-bottom-0">
                        <button type="button" class="nhsuk-button nhsuk-button--small" [id]="'confirm-sent-' + row.id" [disabled]="busy()" (click)="confirm(row)">
                          Yes, mark sent
                        </button>
                        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" (click)="cancel(row.id)">Cancel</button>
                      </div>
                    </div>
                  } @else {
                    <button
                      type="button"
                      class="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                      [id]="'mark-sent-' + row.id"
                      [disabled]="busy()"
                      (click)="ask(row.id)"
                    >
                      Mark sent<span class="nhsuk-u-visually-hidden">: {{ row.description }}</span>
                    </button>
                  }
                }
              </td>
            </tr>
          } @empty {
            <tr class="nhsuk-table__row">
              <td class="nhsuk-table__cell" colspan="7">No letters match.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>

    <camhs-pager [page]="page()" rangeId="letters-range" (pageChange)="pageChange.emit($event)" />
  `,
})
export class LettersTableComponent {
  readonly page = input.required<Page<LetterQueueItem>>();
  readonly caption = input('Letters');
  /** True while a "mark sent" request is on its way: the buttons wait for it. */
  readonly busy = input(false);
  readonly pageChange = output<number>();
  /** The user confirmed that this letter has been posted. */
  readonly markSent = output<LetterQueueItem>();

  /** The letter whose "Has this letter been posted?" question is open. */
  readonly confirming = signal<string | null>(null);

  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly api = inject(LettersApi);

  readonly rows = computed<Row[]>(() =>
    this.page().items.map((item) => ({
      item,
      id: item.id,
      child: item.childName,
      kind: LETTER_KIND_LABELS[item.kind] ?? item.kind,
      recipient: LETTER_RECIPIENT_LABELS[item.recipient] ?? item.recipient,
      team: item.team,
      status: item.status,
      statusText: LETTER_STATUS_LABELS[item.status] ?? item.status,
      statusTag: LETTER_STATUS_TAGS[item.status] ?? 'nhsuk-tag--grey',
      sentDetail: item.sentAt ? `on ${formatDateTime(item.sentAt)}${item.sentBy ? ` by ${item.sentBy}` : ''}` : null,
      created: formatDateTime(item.createdAt),
      description: describeLetter(item),
      pdfUrl: item.status === 'queued' ? null : this.api.pdfUrl(item.id),
    })),
  );

  ask(id: string): void {
    this.confirming.set(id);
    this.focusLater(`confirm-sent-${id}`);
  }

  cancel(id: string): void {
    this.confirming.set(null);
    this.focusLater(`mark-sent-${id}`);
  }

  confirm(row: Row): void {
    this.confirming.set(null);
    this.markSent.emit(row.item);
  }

  private focusLater(elementId: string): void {
    afterNextRender(() => this.document.getElementById(elementId)?.focus(), { injector: this.injector });
  }
}
