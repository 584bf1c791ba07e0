import { ReferralView } from '@camhs/contracts';
import { CLOSED_STAGES } from '@camhs/domain';

/** The Duty system's actions on a referral, in the order they are offered (after the pathway's own). */
export const DUTY_ACTIONS = ['record-risk-assessment', 'log-contact'] as const;
export type DutyAction = (typeof DUTY_ACTIONS)[number];

/**
 * A child is rated, and calls and letters about them are logged, while their referral is open: a
 * closed referral (discharged, redirected, returned) has no duty reviews and leaves the duty list.
 */
export function dutyActions(referral: ReferralView): DutyAction[] {
  return CLOSED_STAGES.includes(referral.stage) ? [] : [...DUTY_ACTIONS];
}
