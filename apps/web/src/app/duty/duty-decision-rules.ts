import { DecideSafeguardingRequest, SAFEGUARDING_DECISIONS, SafeguardingDecisionName, ScreenReferralRequest } from '@camhs/contracts';
import { CalendarDate, daysBetween } from '@camhs/domain';
import { MessageList, Messages } from '../referrals/detail/form-messages';
import { DUTY_NOTE_MAX } from './risk-findings';

/** Decisions the duty list asks for: screening a new referral, and safeguarding after a DNA or no response. */

export const SCREENING_FIELDS = ['screenedOn', 'immediateResponse', 'screeningNote'] as const;
export type ScreeningField = (typeof SCREENING_FIELDS)[number];
export type ScreeningFormValue = Record<ScreeningField, string>;
export const SCREENING_API_FIELDS: Readonly<Record<string, ScreeningField>> = { screenedOn: 'screenedOn', immediateResponse: 'immediateResponse', note: 'screeningNote' };

export function validateScreening(value: ScreeningFormValue, receivedOn: CalendarDate, today: CalendarDate): Messages<ScreeningField> {
  const m = new MessageList<ScreeningField>();
  if (m.date('screenedOn', value.screenedOn, 'Enter the date of screening', 'Date of screening')) {
    if (daysBetween(today, value.screenedOn) > 0) m.add('screenedOn', 'The date of screening cannot be in the future');
    else if (daysBetween(receivedOn, value.screenedOn) < 0) m.add('screenedOn', 'The date of screening cannot be before the referral was received');
  }
  if (value.immediateResponse !== 'yes' && value.immediateResponse !== 'no') m.add('immediateResponse', 'Select whether the referral needs an immediate response');
  if (value.immediateResponse === 'yes') m.note('screeningNote', value.screeningNote, 'Enter what the immediate response is, and who makes it', 'Note', DUTY_NOTE_MAX);
  else m.atMost('screeningNote', value.screeningNote, 'Note', DUTY_NOTE_MAX);
  return m.messages;
}

export function toScreeningRequest(value: ScreeningFormValue): ScreenReferralRequest {
  return { screenedOn: value.screenedOn, immediateResponse: value.immediateResponse === 'yes', note: value.screeningNote.trim() || null };
}

export const SAFEGUARDING_FIELDS = ['decision', 'safeguardingPlan'] as const;
export type SafeguardingField = (typeof SAFEGUARDING_FIELDS)[number];
export type SafeguardingFormValue = Record<SafeguardingField, string>;
export const SAFEGUARDING_API_FIELDS: Readonly<Record<string, SafeguardingField>> = { decision: 'decision', plan: 'safeguardingPlan' };

function isDecision(value: string): value is SafeguardingDecisionName {
  return (SAFEGUARDING_DECISIONS as readonly string[]).includes(value);
}

export function validateSafeguarding(value: SafeguardingFormValue): Messages<SafeguardingField> {
  const m = new MessageList<SafeguardingField>();
  if (!isDecision(value.decision)) m.add('decision', 'Select the safeguarding decision');
  if (value.decision === 'keep-open') m.note('safeguardingPlan', value.safeguardingPlan, 'Enter the plan to keep the child safe and engaged', 'Plan', DUTY_NOTE_MAX);
  else m.atMost('safeguardingPlan', value.safeguardingPlan, 'Plan', DUTY_NOTE_MAX);
  return m.messages;
}

export function toSafeguardingRequest(value: SafeguardingFormValue, version: number): DecideSafeguardingRequest {
  return { version, decision: value.decision as SafeguardingDecisionName, plan: value.safeguardingPlan.trim() || null };
}
