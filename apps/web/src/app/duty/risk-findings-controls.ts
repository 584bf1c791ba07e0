import { FormControl } from '@angular/forms';
import { RISK_FIELDS, RiskField } from './risk-findings';

/** One empty control per risk field (choice and note), to spread into a form's FormGroup. */
export function riskControls(): Record<RiskField, FormControl<string>> {
  return Object.fromEntries(RISK_FIELDS.map((field) => [field, new FormControl('', { nonNullable: true })])) as Record<RiskField, FormControl<string>>;
}

/** The risk fields' values out of a form's raw value (missing controls read as empty). */
export function riskValuesOf(raw: Readonly<Record<string, unknown>>): Record<RiskField, string> {
  return Object.fromEntries(RISK_FIELDS.map((field) => [field, typeof raw[field] === 'string' ? raw[field] : ''])) as Record<RiskField, string>;
}
