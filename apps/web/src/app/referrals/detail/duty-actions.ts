import { ReferralView } from '@camhs/contracts';
import { CLOSED_STAGES } from '@camhs/domain';

/** The Duty system's actions on a referral, in the order they are offered (after the pathway's own). */
export const DUTY_ACTIONS = ['record-risk-assessment', 'log-contact', 'record-no-response'] as const;
export type DutyAction = (typeof DUTY_ACTIONS)[number];

/**
 * A child is rated, calls and letters about them are logged, and a family's silence to our letters
 * is recorded, while their referral is open: a closed referral (discharged, redirected, returned)
 * has no duty reviews and leaves the duty list.
 */
export function dutyActions(referral: ReferralView): DutyAction[] {
  return CLOSED_STAGES.includes(referral.stage) ? [] : [...DUTY_ACTIONS];
}
