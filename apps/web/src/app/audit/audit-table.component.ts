import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { AuditEventView, Page } from '@camhs/contracts';
import { ROLE_LABELS } from '@camhs/domain';
import { formatDateTime } from '../shared/date-time-format';
import { PagerComponent } from '../shared/pager.component';
import { AUDIT_ACTION_LABELS, AUDIT_OUTCOME_LABELS, AUDIT_OUTCOME_TAGS } from './audit-labels';

interface Row {
  id: string;
  when: string;
  user: string;
  role: string;
  action: string;
  record: string;
  recordId: string | null;
  operation: string | null;
  outcome: string;
  outcomeTag: string;
}

/** One page of a child's access history, with previous/next when there is more than one page. */
@Component({
  selector: 'camhs-audit-table',
  imports: [PagerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="app-table-scroll">
      <table class="nhsuk-table" id="audit-table">
        <!-- The section's heading names the child; the caption repeats it only for screen readers. -->
        <caption class="nhsuk-u-visually-hidden">Access history, newest first</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">When</th>
            <th class="nhsuk-table__header" scope="col">User</th>
            <th class="nhsuk-table__header" scope="col">Role</th>
            <th class="nhsuk-table__header" scope="col">Action</th>
            <th class="nhsuk-table__header" scope="col">Record</th>
            <th class="nhsuk-table__header" scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          @for (row of rows(); track row.id) {
            <tr class="nhsuk-table__row" [attr.data-audit-id]="row.id">
              <td class="nhsuk-table__cell app-nowrap">{{ row.when }}</td>
              <td class="nhsuk-table__cell">{{ row.user }}</td>
              <td class="nhsuk-table__cell">{{ row.role }}</td>
              <td class="nhsuk-table__cell">{{ row.action }}</td>
              <td class="nhsuk-table__cell">
                {{ row.record }}
                @if (row.recordId) {
                  <span class="nhsuk-u-display-block nhsuk-u-font-size-14 nhsuk-u-secondary-text-colour">{{ row.recordId }}</span>
                }
                @if (row.operation) {
                  <span class="nhsuk-u-display-block nhsuk-u-font-size-14 nhsuk-u-secondary-text-colour">{{ row.operation }}</span>
                }
              </td>
              <td class="nhsuk-table__cell">
                <strong class="nhsuk-tag" [class]="row.outcomeTag">{{ row.outcome }}</strong>
              </td>
            </tr>
          } @empty {
            <tr class="nhsuk-table__row">
              <td class="nhsuk-table__cell" colspan="6">Nothing has been recorded for this child.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>

    <camhs-pager [page]="page()" rangeId="audit-range" (pageChange)="pageChange.emit($event)" />
  `,
})
export class AuditTableComponent {
  readonly page = input.required<Page<AuditEventView>>();
  readonly pageChange = output<number>();

  readonly rows = computed<Row[]>(() =>
    this.page().items.map((e) => ({
      id: e.id,
      when: formatDateTime(e.occurredAt),
      user: e.username ?? 'System',
      role: e.roleUsed ? ROLE_LABELS[e.roleUsed] : '',
      action: AUDIT_ACTION_LABELS[e.action] ?? e.action,
      record: e.entityType,
      recordId: e.entityId,
      operation: e.operation,
      outcome: AUDIT_OUTCOME_LABELS[e.outcome] ?? e.outcome,
      outcomeTag: AUDIT_OUTCOME_TAGS[e.outcome] ?? 'nhsuk-tag--grey',
    })),
  );
}
