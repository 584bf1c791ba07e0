import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RISK_DOMAINS } from '@camhs/contracts';
import { ReactiveFormsModule } from '@angular/forms';
import { Messages } from '../referrals/detail/form-messages';
import { RadiosFieldComponent } from '../referrals/detail/radios-field.component';
import { TextareaFieldComponent } from '../referrals/detail/textarea-field.component';
import { PARENT_FORM } from '../shared/form-field.directive';
import { RISK_PRESENCE_OPTIONS, RiskField, RiskFindingsValue, riskName, riskNoteField, riskPresenceField } from './risk-findings';

/**
 * The six risk domains, each present or absent with its standard mitigation as the hint, and a
 * note when present. The controls belong to the enclosing `[formGroup]` (see `riskControls`).
 */
@Component({
  selector: 'camhs-risk-findings-fields',
  imports: [ReactiveFormsModule, RadiosFieldComponent, TextareaFieldComponent],
  viewProviders: [PARENT_FORM],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: block; }
    .app-risk-domain { border-left: 4px solid #d8dde0; padding-left: 1rem; margin-bottom: 1.5rem; }
  `,
  template: `
    <fieldset class="nhsuk-fieldset" aria-describedby="risk-findings-hint">
      <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Risk domains</legend>
      <div class="nhsuk-hint" id="risk-findings-hint">Record each of the six risks as present or absent, and describe each risk that is present.</div>
      @for (domain of domains; track domain.id) {
        <div class="app-risk-domain">
          <camhs-radios-field
            [field]="presenceField(domain.id)"
            [label]="domain.label"
            [hint]="'Standard mitigation: ' + domain.mitigation"
            [options]="presenceOptions"
            [inline]="true"
            [errors]="errorsFor(presenceField(domain.id))"
          />
          @if (values()[presenceField(domain.id)] === 'present') {
            <camhs-textarea-field [field]="noteField(domain.id)" [label]="'Describe the ' + name(domain.id)" [errors]="errorsFor(noteField(domain.id))" />
          }
        </div>
      }
    </fieldset>
  `,
})
export class RiskFindingsFieldsComponent {
  /** The form's current values (for which notes to show). */
  readonly values = input.required<RiskFindingsValue>();
  readonly errors = input<Messages<RiskField>>({});

  readonly domains = RISK_DOMAINS;
  readonly presenceOptions = RISK_PRESENCE_OPTIONS;
  readonly presenceField = riskPresenceField;
  readonly noteField = riskNoteField;
  readonly name = riskName;

  errorsFor(field: RiskField): string[] {
    return this.errors()[field] ?? [];
  }
}
