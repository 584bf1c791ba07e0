import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ProviderView } from '@camhs/contracts';
import { RadiosFieldComponent } from '../../referrals/detail/radios-field.component';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { CatalogueApi } from './catalogue-api.service';
import { ACTIVE_OPTIONS, PanelForm } from '../panel-form';
import { PROVIDER_API_FIELDS, PROVIDER_FIELDS, ProviderField, validateProvider } from './catalogue-rules';

/** Add a provider, or change its name and whether it is used. */
@Component({
  selector: 'camhs-provider-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, RadiosFieldComponent, TextInputFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="catalogue-form-heading">
      <h3 id="catalogue-form-heading" tabindex="-1" #formHeading>{{ provider() ? 'Change the provider ' + provider()?.name : 'Add a provider' }}</h3>
      <camhs-text-input-field field="providerName" label="Provider’s name" width="30" [errors]="errorsFor('providerName')" />
      @if (provider()) {
        <camhs-radios-field field="active" label="Is the provider used?" [options]="active" [errors]="errorsFor('active')" />
      }
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" id="save-provider" [attr.aria-disabled]="submitting() ? 'true' : null">{{ provider() ? 'Save changes' : 'Add the provider' }}</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class ProviderFormComponent extends PanelForm<ProviderField> {
  private readonly api = inject(CatalogueApi);
  protected readonly fields = PROVIDER_FIELDS;
  readonly provider = input<ProviderView | null>(null);
  readonly active = ACTIVE_OPTIONS;

  readonly form = new FormGroup({
    providerName: new FormControl('', { nonNullable: true }),
    active: new FormControl('yes', { nonNullable: true }),
  });

  constructor() {
    super();
    effect(() => {
      const p = this.provider();
      this.form.setValue({ providerName: p?.name ?? '', active: p && !p.active ? 'no' : 'yes' });
    });
  }

  protected fieldForApi(name: string): ProviderField | undefined {
    return PROVIDER_API_FIELDS[name];
  }

  submit(): void {
    const value = this.form.getRawValue();
    const name = value.providerName.trim();
    const p = this.provider();
    if (p) this.run(validateProvider(value), () => this.api.updateProvider(p.id, { version: p.version, name, active: value.active === 'yes' }), (saved) => `The provider ${saved.name} is changed.`);
    else this.run(validateProvider(value), () => this.api.createProvider({ name }), (saved) => `The provider ${saved.name} is added. Add an entry to offer an intervention from it.`);
  }
}
