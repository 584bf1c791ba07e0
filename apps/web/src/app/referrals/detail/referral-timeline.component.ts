import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TimelineEntry } from '@camhs/contracts';
import { formatDate } from '../date-format';

/** Everything that happened to the referral, oldest first, as the API tells it. */
@Component({
  selector: 'camhs-referral-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (entries().length > 0) {
      <ol class="nhsuk-list app-timeline" id="referral-timeline">
        @for (entry of entries(); track $index) {
          <li class="app-timeline__entry" [attr.data-kind]="entry.kind">
            <span class="app-timeline__date">{{ format(entry.on) }}</span>
            <span>{{ entry.text }}</span>
          </li>
        }
      </ol>
    } @else {
      <p class="nhsuk-body">Nothing recorded yet.</p>
    }
  `,
  styles: `
    .app-timeline__entry {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      border-left: 4px solid #d8dde0;
      padding: 0.25rem 0 0.25rem 1rem;
      margin-bottom: 0;
    }
    .app-timeline__date {
      font-weight: bold;
      min-width: 7.5rem;
    }
  `,
})
export class ReferralTimelineComponent {
  readonly entries = input.required<readonly TimelineEntry[]>();
  readonly format = formatDate;
}
