import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { SittingSummary } from '@camhs/contracts';
import { formatDate } from '../../referrals/date-format';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { SelectFieldComponent } from '../../shared/select-field.component';
import { PanelsApi } from '../panels-api.service';
import { agendaSittingOptions, defaultAgendaSitting } from './case-board-rules';
import { AGENDA_API_FIELDS, AGENDA_FIELDS, AgendaField, validateAgenda } from './case-form-rules';
import { CaseForm } from './case-form';

/** List a case for a sitting of its panel (the next sitting offered first). The API refuses a case without consent or risk, saying why. */
@Component({
  selector: 'camhs-agenda-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, SelectFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="case-form-heading">
      <h3 id="case-form-heading" tabindex="-1" #formHeading>Add to an agenda: {{ panelCase().childName }}</h3>
      <camhs-select-field field="sittingId" label="Sitting" placeholder="Choose a sitting" [options]="options()" [errors]="errorsFor('sittingId')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" id="save-agenda" [attr.aria-disabled]="submitting() ? 'true' : null">Add to the agenda</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class AgendaFormComponent extends CaseForm<AgendaField> {
  private readonly api = inject(PanelsApi);
  protected readonly fields = AGENDA_FIELDS;
  readonly sittings = input.required<readonly SittingSummary[]>();
  readonly nextSittingId = input<string | null>(null);

  readonly options = computed(() => agendaSittingOptions(this.sittings(), this.nextSittingId()));
  readonly form = new FormGroup({ sittingId: new FormControl('', { nonNullable: true }) });

  constructor() {
    super();
    // The next sitting is offered until the coordinator chooses another.
    effect(() => {
      const first = defaultAgendaSitting(this.sittings(), this.nextSittingId());
      if (!this.form.controls.sittingId.dirty) this.form.controls.sittingId.setValue(first);
    });
  }

  protected fieldForApi(name: string): AgendaField | undefined {
    return AGENDA_API_FIELDS[name];
  }

  submit(): void {
    const c = this.panelCase();
    const value = this.form.getRawValue();
    const sitting = this.sittings().find((s) => s.id === value.sittingId);
    this.run(
      validateAgenda(value, this.options().map((o) => o.value)),
      () => this.api.addToAgenda(value.sittingId, { version: sitting?.version ?? 1, caseIds: [c.id] }),
      (view) => `${c.childName} is on the agenda of the sitting of ${formatDate(view.sitsOn)}.`,
    );
  }
}
