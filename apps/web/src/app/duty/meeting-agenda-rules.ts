import { LeadProfessionalOption, MeetingAgendaItem, ReferralView } from '@camhs/contracts';
import { formatDate } from '../referrals/date-format';
import { daysText } from './duty-rows';

/** "Rated red on 4 Nov 2026" and how long without a lead professional, for one agenda row. */
export function agendaWaitText(item: MeetingAgendaItem): string {
  return `${formatDate(item.redSince)}: ${daysText(item.daysWithoutLeadProfessional)} without a lead professional`;
}

/**
 * Why the allocation should not be sent, or null. The agenda does not carry the referral's version,
 * so the page reads the referral just before allocating: if someone has named a lead professional
 * since the agenda was read, or the child is no longer RED, allocating now would overwrite a
 * decision nobody on this page has seen.
 */
export function allocationProblem(referral: ReferralView, childName: string): string | null {
  if (referral.leadProfessional?.trim()) return `${childName} already has a lead professional: ${referral.leadProfessional}.`;
  if (referral.rag !== 'RED') return `${childName} is no longer rated RED, so is not waiting for a lead professional.`;
  return null;
}

export function allocatedMessage(childName: string, leadProfessional: string): string {
  return `${leadProfessional} is now the lead professional for ${childName}, who has left the agenda.`;
}

/** The select's options: "Choose…" is the page's placeholder; these are the team's lead professionals by name. */
export function leadProfessionalOptions(options: readonly LeadProfessionalOption[]): { value: string; text: string }[] {
  return options.map((o) => ({ value: o.userId, text: o.displayName }));
}
