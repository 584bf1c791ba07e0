import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { PanelView } from '@camhs/contracts';
import { financialYearOf, formatPounds } from '@camhs/domain';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { SelectFieldComponent } from '../../shared/select-field.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { financialYearOptions } from '../catalogue/catalogue-rules';
import { PanelForm } from '../panel-form';
import { PanelsApi } from '../panels-api.service';
import { BUDGET_API_FIELDS, BUDGET_FIELDS, BudgetField, toBudgetRequest, validateBudget } from './sittings-rules';

/** Set (or change) the panel's budget for a financial year: allocations beyond it need a recorded reason. */
@Component({
  selector: 'camhs-budget-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, SelectFieldComponent, TextInputFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="setup-form-heading">
      <h3 id="setup-form-heading" tabindex="-1" #formHeading>Set the budget of {{ panel().name }}</h3>
      <camhs-select-field field="financialYear" label="Financial year" hint="1 April to 31 March" placeholder="Choose a year" [options]="years" [errors]="errorsFor('financialYear')" />
      <camhs-text-input-field field="amount" label="Budget (£)" hint="For example, 120,000.00" width="10" inputmode="decimal" [errors]="errorsFor('amount')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" id="save-budget" [attr.aria-disabled]="submitting() ? 'true' : null">Save the budget</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class BudgetFormComponent extends PanelForm<BudgetField> {
  private readonly api = inject(PanelsApi);
  protected readonly fields = BUDGET_FIELDS;
  readonly panel = input.required<PanelView>();
  readonly years = financialYearOptions(this.today()).map((y) => ({ value: y, text: y }));

  readonly form = new FormGroup({ financialYear: new FormControl(financialYearOf(this.today()), { nonNullable: true }), amount: new FormControl('', { nonNullable: true }) });

  protected fieldForApi(name: string): BudgetField | undefined {
    return BUDGET_API_FIELDS[name];
  }

  submit(): void {
    const value = this.form.getRawValue();
    const panel = this.panel();
    this.run(
      validateBudget(value),
      () => this.api.setBudget(panel.id, value.financialYear, toBudgetRequest(value, panel.budgets)),
      (budget) => `The ${budget.financialYear} budget of ${panel.name} is ${formatPounds(budget.amountPence)}.`,
    );
  }
}
