import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { CatalogueEntryView, INTERVENTION_UNITS, InterventionTypeView, ProviderView } from '@camhs/contracts';
import { RadiosFieldComponent } from '../../referrals/detail/radios-field.component';
import { TextareaFieldComponent } from '../../referrals/detail/textarea-field.component';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { SelectFieldComponent } from '../../shared/select-field.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { UNIT_LABELS } from '../panel-labels';
import { CatalogueApi } from './catalogue-api.service';
import { ACTIVE_OPTIONS, PanelForm } from '../panel-form';
import { ENTRY_API_FIELDS, ENTRY_FIELDS, EntryField, entryFormValue, newEntryValue, toCreateEntryRequest, toUpdateEntryRequest, validateEntry } from './catalogue-rules';

/** Add a line to the toolkit (a type from a provider), or change an entry's prices, block contract and whether it is offered. */
@Component({
  selector: 'camhs-entry-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, SelectFieldComponent, RadiosFieldComponent, TextInputFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="catalogue-form-heading">
      @if (entry(); as e) {
        <h3 id="catalogue-form-heading" tabindex="-1" #formHeading>Change {{ e.type.name }}: {{ e.provider.name }}</h3>
        <p class="nhsuk-body">Counted in {{ e.unit === 'hours' ? 'hours' : 'places (per week)' }}. Allocations already made keep the prices they were made at.</p>
      } @else {
        <h3 id="catalogue-form-heading" tabindex="-1" #formHeading>Add an entry to the catalogue</h3>
        <camhs-select-field field="typeId" label="Intervention type" placeholder="Choose a type" [options]="typeOptions()" [errors]="errorsFor('typeId')" />
        <camhs-select-field field="providerId" label="Provider" placeholder="Choose a provider" [options]="providerOptions()" [errors]="errorsFor('providerId')" />
        <camhs-radios-field field="unit" label="Counted in" [options]="units" [inline]="true" [errors]="errorsFor('unit')" />
      }
      <camhs-text-input-field field="unitCost" label="Block price (£)" hint="The price of a block-contracted hour or place-week, for example 45.00" width="5" inputmode="decimal" [errors]="errorsFor('unitCost')" />
      <camhs-text-input-field field="spotPrice" label="Spot price (£)" hint="The price of a unit bought beyond the block; leave blank when the provider sells none" width="5" inputmode="decimal" [errors]="errorsFor('spotPrice')" />
      <camhs-text-input-field field="blockUnitsPerYear" label="Units block-contracted a financial year" hint="0 when everything is spot purchased" width="5" inputmode="numeric" [errors]="errorsFor('blockUnitsPerYear')" />
      <camhs-textarea-field field="note" label="Where the figures come from (optional)" [errors]="errorsFor('note')" />
      @if (entry()) {
        <camhs-radios-field field="active" label="Is it offered?" [options]="active" [errors]="errorsFor('active')" />
      }
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" id="save-entry" [attr.aria-disabled]="submitting() ? 'true' : null">{{ entry() ? 'Save changes' : 'Add the entry' }}</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class EntryFormComponent extends PanelForm<EntryField> {
  private readonly api = inject(CatalogueApi);
  protected readonly fields = ENTRY_FIELDS;
  /** The entry to change; null to add one. */
  readonly entry = input<CatalogueEntryView | null>(null);
  readonly types = input<readonly InterventionTypeView[]>([]);
  readonly providers = input<readonly ProviderView[]>([]);

  readonly units = INTERVENTION_UNITS.map((value) => ({ value, text: UNIT_LABELS[value] }));
  readonly active = ACTIVE_OPTIONS;
  readonly typeOptions = computed(() => this.types().filter((t) => t.active).map((t) => ({ value: t.id, text: t.name })));
  readonly providerOptions = computed(() => this.providers().filter((p) => p.active).map((p) => ({ value: p.id, text: p.name })));

  readonly form = new FormGroup({
    typeId: new FormControl('', { nonNullable: true }),
    providerId: new FormControl('', { nonNullable: true }),
    unit: new FormControl('', { nonNullable: true }),
    unitCost: new FormControl('', { nonNullable: true }),
    spotPrice: new FormControl('', { nonNullable: true }),
    blockUnitsPerYear: new FormControl('', { nonNullable: true }),
    note: new FormControl('', { nonNullable: true }),
    active: new FormControl('yes', { nonNullable: true }),
  });

  constructor() {
    super();
    effect(() => {
      const e = this.entry();
      this.form.setValue(e ? entryFormValue(e) : newEntryValue());
    });
  }

  protected fieldForApi(name: string): EntryField | undefined {
    return ENTRY_API_FIELDS[name];
  }

  submit(): void {
    const value = this.form.getRawValue();
    const e = this.entry();
    if (e) {
      this.run(validateEntry(value, false), () => this.api.updateEntry(e.id, toUpdateEntryRequest(value, e.version)), (saved) => `${saved.type.name} from ${saved.provider.name} is changed.`);
    } else {
      this.run(validateEntry(value, true), () => this.api.createEntry(toCreateEntryRequest(value)), (saved) => `${saved.type.name} from ${saved.provider.name} is in the catalogue.`);
    }
  }
}
