import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { SittingView } from '@camhs/contracts';
import { CheckedForm } from '../../referrals/detail/checked-form';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { PanelsApi } from '../panels-api.service';
import { attendanceRequest } from './sitting-rules';

/** Who attended the sitting: every active member, ticked when present. Recorded from the day of the sitting. */
@Component({
  selector: 'camhs-attendance-form',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form (submit)="$event.preventDefault(); submit()" novalidate aria-labelledby="attendance-heading">
      <div class="nhsuk-form-group">
        <fieldset class="nhsuk-fieldset" aria-describedby="attendance-hint">
          <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Members present</legend>
          <div class="nhsuk-hint" id="attendance-hint">Tick each member who attended. Members not ticked are recorded as absent.</div>
          <div class="nhsuk-checkboxes">
            @for (member of sitting().attendance; track member.memberId; let first = $first) {
              <div class="nhsuk-checkboxes__item">
                <input
                  class="nhsuk-checkboxes__input"
                  type="checkbox"
                  [id]="first ? 'attendance' : 'attendance-' + member.memberId"
                  [checked]="present().has(member.memberId)"
                  (change)="toggle(member.memberId, $event)"
                />
                <label class="nhsuk-label nhsuk-checkboxes__label" [for]="first ? 'attendance' : 'attendance-' + member.memberId">{{ member.name }}, {{ member.agency }}</label>
              </div>
            }
          </div>
        </fieldset>
      </div>
      <button class="nhsuk-button nhsuk-button--secondary" type="submit" id="save-attendance" [attr.aria-disabled]="submitting() ? 'true' : null">Save attendance</button>
    </form>
  `,
})
export class AttendanceFormComponent extends CheckedForm<'attendance'> {
  private readonly api = inject(PanelsApi);
  protected readonly fields = ['attendance'] as const;
  readonly sitting = input.required<SittingView>();
  readonly saved = output<SittingView>();
  readonly conflict = output<string>();

  readonly present = signal<ReadonlySet<string>>(new Set());

  constructor() {
    super();
    // Start from what is recorded, and follow the sitting when it is read again.
    effect(() => this.present.set(new Set(this.sitting().attendance.filter((m) => m.present === true).map((m) => m.memberId))));
  }

  toggle(memberId: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.present.update((current) => {
      const next = new Set(current);
      if (checked) next.add(memberId);
      else next.delete(memberId);
      return next;
    });
  }

  protected fieldForApi(name: string): 'attendance' | undefined {
    return name.startsWith('attendance') ? 'attendance' : undefined;
  }

  submit(): void {
    this.submitChecked({}, () => this.api.recordAttendance(this.sitting().id, attendanceRequest(this.sitting(), this.present())), {
      saved: (view) => this.saved.emit(view),
      conflict: (message) => this.conflict.emit(message),
    });
  }
}
