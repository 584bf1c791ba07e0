import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { PanelView } from '@camhs/contracts';
import { formatDate } from '../../referrals/date-format';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { CADENCE_LABELS } from '../panel-labels';
import { PanelForm } from '../panel-form';
import { PanelsApi } from '../panels-api.service';
import { SCHEDULE_API_FIELDS, SCHEDULE_FIELDS, ScheduleField, scheduleDates, validateSchedule } from './sittings-rules';

/** Schedule sittings at the panel's cadence; cases waiting to be carried over join the first new one. */
@Component({
  selector: 'camhs-schedule-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, TextInputFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="setup-form-heading">
      <h3 id="setup-form-heading" tabindex="-1" #formHeading>Schedule sittings of {{ panel().name }}</h3>
      <camhs-text-input-field field="firstOn" label="Date of the first sitting" type="date" width="10" [errors]="errorsFor('firstOn')" />
      <camhs-text-input-field field="count" label="How many sittings" [hint]="cadenceHint()" width="2" inputmode="numeric" [errors]="errorsFor('count')" />
      @if (dates().length > 0) {
        <p class="nhsuk-body" id="schedule-preview" aria-live="polite">Sittings on {{ datesText() }}. Dates already scheduled are skipped.</p>
      }
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" id="save-schedule" [attr.aria-disabled]="submitting() ? 'true' : null">Schedule the sittings</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class ScheduleFormComponent extends PanelForm<ScheduleField> {
  private readonly api = inject(PanelsApi);
  protected readonly fields = SCHEDULE_FIELDS;
  readonly panel = input.required<PanelView>();

  readonly form = new FormGroup({ firstOn: new FormControl(this.today(), { nonNullable: true }), count: new FormControl('1', { nonNullable: true }) });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  readonly dates = computed(() => scheduleDates(this.panel().cadence, { firstOn: this.value().firstOn ?? '', count: this.value().count ?? '' }));
  readonly datesText = computed(() => this.dates().map(formatDate).join(', '));
  readonly cadenceHint = computed(() => `${CADENCE_LABELS[this.panel().cadence]}, from the first date (1 to 24)`);

  protected fieldForApi(name: string): ScheduleField | undefined {
    return SCHEDULE_API_FIELDS[name];
  }

  submit(): void {
    const value = this.form.getRawValue();
    this.run(validateSchedule(value), () => this.api.scheduleSittings(this.panel().id, { firstOn: value.firstOn, count: Number(value.count.trim()) }), () => `Sittings scheduled: ${this.datesText()}.`);
  }
}
