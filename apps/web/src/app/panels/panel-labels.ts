import { EscalationRisk, InterventionUnit, PanelCadence, PanelDecisionOutcome } from '@camhs/contracts';

/** Panel words for staff. A risk is always written out in words; any colour only repeats it. */

export const RISK_LABELS: Readonly<Record<EscalationRisk, string>> = { high: 'High', medium: 'Medium', low: 'Low' };

/** "High risk", or "Not assessed" when the coordinator has not recorded the pre-panel risk. */
export function riskText(risk: EscalationRisk | null): string {
  return risk ? `${RISK_LABELS[risk]} risk` : 'Not assessed';
}

export const DECISION_OUTCOME_LABELS: Readonly<Record<PanelDecisionOutcome, string>> = {
  allocated: 'Interventions allocated',
  'not-allocated': 'Not allocated',
  deferred: 'Deferred to the next sitting',
};

export const CADENCE_LABELS: Readonly<Record<PanelCadence, string>> = { weekly: 'Weekly', fortnightly: 'Fortnightly', monthly: 'Monthly' };

export const UNIT_LABELS: Readonly<Record<InterventionUnit, string>> = { hours: 'Hours', places: 'Places (counted per week)' };

/** "an hour", "a place-week": what one unit of a price buys. */
export const PER_UNIT: Readonly<Record<InterventionUnit, string>> = { hours: 'an hour', places: 'a place-week' };
