import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { AppointmentView, WaitView } from '@camhs/contracts';
import { formatDate } from '../date-format';
import { appointmentActions } from './pathway-actions';
import { APPOINTMENT_KIND_LABELS, APPOINTMENT_STATUS_LABELS } from './referral-detail-labels';

/** The referral's appointments and contacts by date, each booked one with a way to record its outcome. */
@Component({
  selector: 'camhs-referral-appointments-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length > 0) {
      <div class="app-table-scroll">
        <table class="nhsuk-table" id="referral-appointments">
          <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Appointments</caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="col">Date</th>
              <th class="nhsuk-table__header" scope="col">Kind</th>
              <th class="nhsuk-table__header" scope="col">For the wait on</th>
              <th class="nhsuk-table__header" scope="col">Status</th>
              @if (actionsAllowed()) {
                <th class="nhsuk-table__header" scope="col">Actions</th>
              }
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            @for (row of rows(); track row.appointment.id) {
              <tr class="nhsuk-table__row" [attr.data-appointment-id]="row.appointment.id">
                <td class="nhsuk-table__cell app-nowrap">{{ row.date }}</td>
                <td class="nhsuk-table__cell">{{ row.kind }}</td>
                <td class="nhsuk-table__cell">{{ row.list }}</td>
                <td class="nhsuk-table__cell">{{ row.status }}</td>
                @if (actionsAllowed()) {
                  <td class="nhsuk-table__cell">
                    @if (row.canRecord) {
                      <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="button" (click)="recordOutcome.emit(row.appointment)">
                        Record outcome<span class="nhsuk-u-visually-hidden"> of the {{ row.kind }} appointment on {{ row.date }}</span>
                      </button>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="nhsuk-body">No appointments.</p>
    }
  `,
})
export class ReferralAppointmentsTableComponent {
  readonly appointments = input.required<readonly AppointmentView[]>();
  readonly waits = input.required<readonly WaitView[]>();
  readonly actionsAllowed = input(true);
  readonly recordOutcome = output<AppointmentView>();

  readonly rows = computed(() =>
    this.appointments().map((appointment) => ({
      appointment,
      date: formatDate(appointment.date),
      kind: APPOINTMENT_KIND_LABELS[appointment.kind],
      list: this.waits().find((w) => w.id === appointment.waitId)?.list ?? '—',
      status: APPOINTMENT_STATUS_LABELS[appointment.status],
      canRecord: appointmentActions(appointment).length > 0,
    })),
  );
}
