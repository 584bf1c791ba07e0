import { RiskField, RiskFindingsValue } from './risk-findings';

/** For unit tests only: all six domains answered absent, with whatever the test changes. */
export function allAbsent(changes: Partial<Record<RiskField, string>> = {}): RiskFindingsValue {
  return {
    'risk-self': 'absent',
    'risk-self-note': '',
    'risk-others': 'absent',
    'risk-others-note': '',
    'risk-from-others': 'absent',
    'risk-from-others-note': '',
    'risk-deterioration': 'absent',
    'risk-deterioration-note': '',
    'risk-delay-in-diagnosis': 'absent',
    'risk-delay-in-diagnosis-note': '',
    'risk-disengagement': 'absent',
    'risk-disengagement-note': '',
    ...changes,
  };
}

