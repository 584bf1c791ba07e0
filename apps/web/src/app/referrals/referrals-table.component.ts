import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CodeName, Page, ReferenceDataView, ReferralView } from '@camhs/contracts';
import { PagerComponent } from '../shared/pager.component';
import { formatDate } from './date-format';
import { formatNhsNumber } from './nhs-number-format';
import { URGENCY_LABELS } from './referral-labels';

interface Row {
  id: string;
  name: string;
  dateOfBirth: string;
  nhsNumber: string;
  area: string;
  team: string;
  urgency: string;
  received: string;
  accessDeadline: string;
  acknowledged: boolean;
}

function nameOf(list: readonly CodeName[] | undefined, code: string): string {
  return list?.find((item) => item.code === code)?.name ?? code;
}

/** The "Referrals" table with previous/next paging. Pure display: the page owns the data. */
@Component({
  selector: 'camhs-referrals-table',
  imports: [PagerComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './referrals-table.component.html',
})
export class ReferralsTableComponent {
  readonly page = input.required<Page<ReferralView>>();
  readonly referenceData = input<ReferenceDataView | null>(null);
  readonly pageChange = output<number>();

  readonly rows = computed<Row[]>(() => {
    const reference = this.referenceData();
    return this.page().items.map((r) => ({
      id: r.id,
      name: `${r.givenName} ${r.familyName}`,
      dateOfBirth: formatDate(r.dateOfBirth),
      nhsNumber: r.nhsNumber ? formatNhsNumber(r.nhsNumber) : 'Not known',
      area: nameOf(reference?.areas, r.area),
      team: nameOf(reference?.teams, r.team),
      urgency: URGENCY_LABELS[r.urgency] ?? r.urgency,
      received: formatDate(r.receivedOn),
      accessDeadline: formatDate(r.accessDeadline),
      acknowledged: r.acknowledgedAt !== null,
    }));
  });
}
