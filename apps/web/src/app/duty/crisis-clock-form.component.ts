import { ChangeDetectionStrategy, Component, OnInit, input, output, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { CrisisClockView } from '@camhs/contracts';
import { CheckedForm } from '../referrals/detail/checked-form';
import { ErrorSummaryComponent } from '../shared/error-summary.component';
import { TextInputFieldComponent } from '../shared/text-input-field.component';
import { CRISIS_API_FIELDS, CRISIS_CLOCK_LABELS, CRISIS_FIELDS, CrisisField, crisisRecordedMessage, londonWallClock, toCrisisClockRequest, validateCrisisClock } from './crisis-clock-rules';
import { DutyApi } from './duty-api.service';

/** Record when the Crisis team made contact or assessed: the API says whether the standard was met. */
@Component({
  selector: 'camhs-crisis-clock-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, TextInputFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="crisis-form-heading">
      <h3 id="crisis-form-heading" tabindex="-1" #formHeading>{{ heading() }}</h3>
      <camhs-text-input-field field="crisisDoneOn" label="Date" type="date" width="10" [errors]="errorsFor('crisisDoneOn')" />
      <camhs-text-input-field field="crisisDoneAt" label="Time" hint="As on a clock in England, for example 14:30" width="5" [errors]="errorsFor('crisisDoneAt')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" [attr.aria-disabled]="submitting() ? 'true' : null">Save</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class CrisisClockFormComponent extends CheckedForm<CrisisField> implements OnInit {
  private readonly api = inject(DutyApi);
  protected readonly fields = CRISIS_FIELDS;

  readonly clock = input.required<CrisisClockView>();
  readonly saved = output<string>();
  readonly conflict = output<string>();
  readonly cancelled = output<void>();

  readonly form = new FormGroup({
    crisisDoneOn: new FormControl('', { nonNullable: true }),
    crisisDoneAt: new FormControl('', { nonNullable: true }),
  });

  ngOnInit(): void {
    // Now, as read on a clock in England: usually it is recorded as it happens.
    const now = londonWallClock(new Date());
    this.form.setValue({ crisisDoneOn: now.date, crisisDoneAt: now.time });
  }

  heading(): string {
    return `${CRISIS_CLOCK_LABELS[this.clock().clock]} done: ${this.clock().childName}`;
  }

  protected fieldForApi(name: string): CrisisField | undefined {
    return CRISIS_API_FIELDS[name];
  }

  submit(): void {
    const clock = this.clock();
    const value = this.form.getRawValue();
    this.submitChecked(validateCrisisClock(value, clock.referredAt, new Date()), () => this.api.recordCrisisClock(clock.escalationId, clock.clock, toCrisisClockRequest(value, clock.referredAt)), {
      saved: (recorded) => this.saved.emit(crisisRecordedMessage(clock.childName, recorded)),
      conflict: (detail) => this.conflict.emit(detail),
    });
  }
}
