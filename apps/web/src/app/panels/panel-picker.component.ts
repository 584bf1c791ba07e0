import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { SelectFieldComponent, SelectOption } from '../shared/select-field.component';

/** Choose the panel a page shows; the page keeps the choice in the address (`?panel=`). Shown only when there is a choice to make. */
@Component({
  selector: 'camhs-panel-picker',
  imports: [ReactiveFormsModule, SelectFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (options().length > 1) {
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-label="Choose the panel">
        <div class="app-filters">
          <camhs-select-field field="panel" label="Panel" placeholder="Choose a panel" [options]="options()" />
          <button class="nhsuk-button nhsuk-button--secondary" type="submit" id="show-panel">{{ buttonText() }}</button>
        </div>
      </form>
    }
  `,
})
export class PanelPickerComponent {
  readonly options = input.required<readonly SelectOption[]>();
  readonly panel = input<string | null>(null);
  readonly buttonText = input('Show panel');
  readonly chosen = output<string>();

  readonly form = new FormGroup({ panel: new FormControl('', { nonNullable: true }) });

  constructor() {
    // The address decides; the select follows it (back button, shared links).
    effect(() => {
      const panel = this.panel() ?? '';
      if (this.form.controls.panel.value !== panel) this.form.controls.panel.setValue(panel);
    });
  }

  submit(): void {
    const panel = this.form.controls.panel.value;
    if (panel) this.chosen.emit(panel);
  }
}
