import { ESCALATION_RISK_LEVELS, EscalationRisk, OpenPanelCaseRequest, RecordConsentRequest, RecordEscalationRiskRequest, WithdrawPanelCaseRequest } from '@camhs/contracts';
import { CalendarDate, compareDates, nhsNumberProblem } from '@camhs/domain';
import { MessageList, Messages } from '../../referrals/detail/form-messages';

/**
 * The forms of a panel case on the board: bringing a new case, recording parental consent and the
 * coordinator's pre-panel risk. Each checks in the browser what the API checks (required text and
 * its length, real dates, the NHS number's check digit) and maps to the API's request; the API's
 * field names (`child.givenName`, `broughtBy.role`) map back to the form's fields.
 */

/** The API's limits (panel-dto-fields.ts): names 200, short fields 100 or 50, notes 4,000 characters. */
export const NAME_MAX = 200;
export const NOTE_MAX = 4000;

// ─── A new case ─────────────────────────────────────────────────────────────────────────────────

export const NEW_CASE_FIELDS = ['givenName', 'familyName', 'dateOfBirth', 'nhsNumber', 'school', 'yearGroup', 'broughtByName', 'broughtByRole', 'need'] as const;
export type NewCaseField = (typeof NEW_CASE_FIELDS)[number];
export type NewCaseFormValue = Record<NewCaseField, string>;

export const NEW_CASE_API_FIELDS: Readonly<Record<string, NewCaseField>> = {
  'child.givenName': 'givenName',
  'child.familyName': 'familyName',
  'child.dateOfBirth': 'dateOfBirth',
  'child.nhsNumber': 'nhsNumber',
  child: 'givenName',
  school: 'school',
  yearGroup: 'yearGroup',
  'broughtBy.name': 'broughtByName',
  'broughtBy.role': 'broughtByRole',
  broughtBy: 'broughtByName',
  need: 'need',
};

export function validateNewCase(value: NewCaseFormValue, today: CalendarDate): Messages<NewCaseField> {
  const m = new MessageList<NewCaseField>();
  m.note('givenName', value.givenName, 'Enter the child’s given name', 'Given name', 100);
  m.note('familyName', value.familyName, 'Enter the child’s family name', 'Family name', 100);
  if (m.date('dateOfBirth', value.dateOfBirth, 'Enter the child’s date of birth', 'Date of birth') && compareDates(value.dateOfBirth, today) > 0) {
    m.add('dateOfBirth', 'The date of birth cannot be in the future');
  }
  const nhsNumber = value.nhsNumber.trim();
  if (nhsNumber) {
    const problem = nhsNumberProblem(nhsNumber);
    if (problem) m.add('nhsNumber', problem);
  }
  m.note('school', value.school, 'Enter the child’s school or setting', 'School', NAME_MAX);
  m.atMost('yearGroup', value.yearGroup, 'Year group', 50);
  m.note('broughtByName', value.broughtByName, 'Enter who brings the case', 'Name', NAME_MAX);
  m.note('broughtByRole', value.broughtByRole, 'Enter their role, for example SENCo', 'Role', NAME_MAX);
  m.note('need', value.need, 'Describe the child’s need', 'The need', NOTE_MAX);
  return m.messages;
}

export function toOpenCaseRequest(panelId: string, value: NewCaseFormValue): OpenPanelCaseRequest {
  return {
    panelId,
    child: { givenName: value.givenName.trim(), familyName: value.familyName.trim(), dateOfBirth: value.dateOfBirth, nhsNumber: value.nhsNumber.trim() || null },
    school: value.school.trim(),
    yearGroup: value.yearGroup.trim() || null,
    broughtBy: { name: value.broughtByName.trim(), role: value.broughtByRole.trim() },
    need: value.need.trim(),
  };
}

// ─── Parental consent ───────────────────────────────────────────────────────────────────────────

export const CONSENT_FIELDS = ['givenBy', 'relationship', 'givenOn', 'scope'] as const;
export type ConsentField = (typeof CONSENT_FIELDS)[number];
export type ConsentFormValue = Record<ConsentField, string>;
export const CONSENT_API_FIELDS: Readonly<Record<string, ConsentField>> = { givenBy: 'givenBy', relationship: 'relationship', givenOn: 'givenOn', scope: 'scope' };

/** The scope most consents cover (the form offers it; the coordinator may change it). */
export const USUAL_CONSENT_SCOPE = 'Sharing with panel members; referral to providers';

export function validateConsent(value: ConsentFormValue, today: CalendarDate): Messages<ConsentField> {
  const m = new MessageList<ConsentField>();
  m.note('givenBy', value.givenBy, 'Enter who gave consent', 'Who gave consent', NAME_MAX);
  m.note('relationship', value.relationship, 'Enter their relationship to the child, for example mother', 'Relationship', 100);
  if (m.date('givenOn', value.givenOn, 'Enter the date consent was given', 'Date consent was given') && compareDates(value.givenOn, today) > 0) {
    m.add('givenOn', 'Consent cannot be dated in the future');
  }
  m.note('scope', value.scope, 'Enter what the consent covers', 'What the consent covers', NOTE_MAX);
  return m.messages;
}

export function toConsentRequest(value: ConsentFormValue, version: number): RecordConsentRequest {
  return { version, givenBy: value.givenBy.trim(), relationship: value.relationship.trim(), givenOn: value.givenOn, scope: value.scope.trim() };
}

// ─── The pre-panel risk of escalation ───────────────────────────────────────────────────────────

export const RISK_FIELDS = ['level', 'riskNote', 'predictedHoursPerWeek'] as const;
export type RiskField = (typeof RISK_FIELDS)[number];
export type RiskFormValue = Record<RiskField, string>;
export const RISK_API_FIELDS: Readonly<Record<string, RiskField>> = { level: 'level', note: 'riskNote', predictedHoursPerWeek: 'predictedHoursPerWeek' };

function isRisk(value: string): value is EscalationRisk {
  return (ESCALATION_RISK_LEVELS as readonly string[]).includes(value);
}

/** Hours a week as typed: above 0, at most 60, at most two decimal places (as the cost-avoided method holds them); null when not a number. */
export function parseSupportHours(text: string): number | null {
  const match = /^(\d{1,2})(\.\d{1,2})?$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(text.trim());
  return hours > 0 && hours <= 60 ? hours : null;
}

export function validateRisk(value: RiskFormValue): Messages<RiskField> {
  const m = new MessageList<RiskField>();
  if (!isRisk(value.level)) m.add('level', 'Select the risk of escalating to a statutory assessment');
  m.note('riskNote', value.riskNote, 'Enter why the risk is at this level', 'The note', NOTE_MAX);
  if (value.predictedHoursPerWeek.trim() && parseSupportHours(value.predictedHoursPerWeek) === null) {
    m.add('predictedHoursPerWeek', 'Hours a week must be a number above 0 and at most 60, with at most two decimal places, for example 32.5');
  }
  return m.messages;
}

export function toRiskRequest(value: RiskFormValue, version: number): RecordEscalationRiskRequest {
  return { version, level: value.level as EscalationRisk, note: value.riskNote.trim(), predictedHoursPerWeek: parseSupportHours(value.predictedHoursPerWeek) };
}

// ─── Listing for a sitting ──────────────────────────────────────────────────────────────────────

export const AGENDA_FIELDS = ['sittingId'] as const;
export type AgendaField = (typeof AGENDA_FIELDS)[number];
export const AGENDA_API_FIELDS: Readonly<Record<string, AgendaField>> = { caseIds: 'sittingId', 'caseIds.0': 'sittingId' };

export function validateAgenda(value: { sittingId: string }, openSittings: readonly string[]): Messages<AgendaField> {
  const m = new MessageList<AgendaField>();
  if (!value.sittingId) m.add('sittingId', openSittings.length ? 'Choose the sitting to list the case for' : 'The panel has no sitting scheduled: schedule one on the Sittings page first');
  else if (!openSittings.includes(value.sittingId)) m.add('sittingId', 'That sitting is closed: choose another');
  return m.messages;
}

// ─── Withdrawing a case before the panel decides it ─────────────────────────────────────────────

export const WITHDRAW_FIELDS = ['withdrawReason'] as const;
export type WithdrawField = (typeof WITHDRAW_FIELDS)[number];
export const WITHDRAW_API_FIELDS: Readonly<Record<string, WithdrawField>> = { reason: 'withdrawReason' };

export function validateWithdraw(value: Record<WithdrawField, string>): Messages<WithdrawField> {
  const m = new MessageList<WithdrawField>();
  m.note('withdrawReason', value.withdrawReason, 'Enter why the case is withdrawn', 'The reason', NOTE_MAX);
  return m.messages;
}

export function toWithdrawRequest(value: Record<WithdrawField, string>, version: number): WithdrawPanelCaseRequest {
  return { version, reason: value.withdrawReason.trim() };
}
