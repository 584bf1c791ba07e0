import { RISK_DOMAINS, RiskDomainId, RiskFinding } from '@camhs/contracts';
import { Messages } from '../referrals/detail/form-messages';

/**
 * The six risk domains as form fields, shared by the risk assessment (referral page) and a duty
 * review that changes the rating (duty page): per domain a present/absent choice (`risk-<domain>`)
 * and a note (`risk-<domain>-note`), required when the risk is present.
 */

/** The longest free text the duty and risk endpoints take. */
export const DUTY_NOTE_MAX = 2000;

export type RiskPresenceField = `risk-${RiskDomainId}`;
export type RiskNoteField = `risk-${RiskDomainId}-note`;
export type RiskField = RiskPresenceField | RiskNoteField;
export type RiskFindingsValue = Readonly<Record<RiskField, string>>;

export const riskPresenceField = (domain: RiskDomainId): RiskPresenceField => `risk-${domain}`;
export const riskNoteField = (domain: RiskDomainId): RiskNoteField => `risk-${domain}-note`;

/** In the order the domains are shown: each choice, then its note. */
export const RISK_FIELDS: readonly RiskField[] = RISK_DOMAINS.flatMap((d) => [riskPresenceField(d.id), riskNoteField(d.id)]);

export const RISK_PRESENCE_OPTIONS = [
  { value: 'present', text: 'Present' },
  { value: 'absent', text: 'Absent' },
] as const;

/** "Risk to self (self-harm, suicide, impulsive risk taking)" → "Risk to self". */
export function riskShortLabel(domain: RiskDomainId): string {
  return (RISK_DOMAINS.find((d) => d.id === domain)?.label ?? domain).split(' (')[0];
}

/** "risk to self", for messages. */
export function riskName(domain: RiskDomainId): string {
  const short = riskShortLabel(domain);
  return short.charAt(0).toLowerCase() + short.slice(1);
}

/** Every domain answered, and a note (of at most DUTY_NOTE_MAX characters) for each risk present. */
export function checkFindings(value: RiskFindingsValue): Messages<RiskField> {
  const messages: Messages<RiskField> = {};
  for (const { id } of RISK_DOMAINS) {
    const presence = value[riskPresenceField(id)];
    const note = value[riskNoteField(id)];
    if (presence !== 'present' && presence !== 'absent') messages[riskPresenceField(id)] = [`Select whether the ${riskName(id)} is present or absent`];
    else if (presence === 'present' && note.trim() === '') messages[riskNoteField(id)] = [`Describe the ${riskName(id)}`];
    else if (presence === 'present' && note.length > DUTY_NOTE_MAX) messages[riskNoteField(id)] = [`The note on the ${riskName(id)} must be ${DUTY_NOTE_MAX} characters or fewer`];
  }
  return messages;
}

/** All six domains in their usual order; a note only for a risk present (trimmed). */
export function toFindings(value: RiskFindingsValue): RiskFinding[] {
  return RISK_DOMAINS.map(({ id }) => {
    const present = value[riskPresenceField(id)] === 'present';
    return { domain: id, present, note: present ? value[riskNoteField(id)].trim() || null : null };
  });
}

/**
 * The form field for a field the API names about the findings sent by `toFindings`: `findings`
 * itself (a refusal about them as a whole) lands on the first domain, `findings.<i>.note` on that
 * domain's note, anything else under `findings.<i>` on its choice. `prefix` is where the request
 * holds them (`findings`, or `outcome.findings` in a review).
 */
export function findingsFieldFor(name: string, prefix: string): RiskField | undefined {
  if (name === prefix) return riskPresenceField(RISK_DOMAINS[0].id);
  if (!name.startsWith(`${prefix}.`)) return undefined;
  const [index, detail] = name.slice(prefix.length + 1).split('.');
  const domain = RISK_DOMAINS[Number(index)];
  if (!/^\d+$/.test(index) || !domain) return undefined;
  return detail === 'note' ? riskNoteField(domain.id) : riskPresenceField(domain.id);
}
