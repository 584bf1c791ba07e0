import { DUTY_SECTIONS, DUTY_SECTION_LABELS, DutyListRow, DutyListView, DutySectionName } from '@camhs/contracts';
import { formatDate } from '../referrals/date-format';
import { formatDateTime } from '../shared/date-time-format';
import { INCOMING_CONTACT_LABELS, SAFEGUARDING_REASON_LABELS, safeguardingOwnerText } from './duty-labels';

/** What a row of the duty list says and offers, in plain functions the page's tables call. */

/** `1 day`, `9 days`. */
export function daysText(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** Element ids of a section's heading (the counts link to them). */
export const sectionId = (section: DutySectionName) => `duty-${section}`;

export interface SectionCount {
  section: DutySectionName;
  label: string;
  count: number;
  /** "Showing 200 of 250" when the section lists fewer rows than it counts, else null. */
  shown: string | null;
}

/** The counts at the top of the page, one per section in the page's order. */
export function sectionCounts(view: DutyListView): SectionCount[] {
  return DUTY_SECTIONS.map((section) => {
    const count = view.counts[section];
    const listed = view.sections[section].length;
    return { section, label: DUTY_SECTION_LABELS[section], count, shown: listed < count ? `Showing ${listed} of ${count}` : null };
  });
}

/** When the row fell due, in words, by what kind of row it is. */
export function whenText(row: DutyListRow): string {
  const on = formatDate(row.dueOn);
  switch (row.kind) {
    case 'review':
      return row.daysOverdue > 0 ? `Due ${on}: ${daysText(row.daysOverdue)} overdue` : `Due today (${on})`;
    case 'screening':
      return row.daysOverdue > 0 ? `Received ${on}: ${daysText(row.daysOverdue)} ago` : `Received today (${on})`;
    case 'lead-professional-allocation':
      return `Rated red on ${on}: ${daysText(row.daysOverdue)} without a lead professional`;
    case 'safeguarding':
      return `${row.safeguarding ? SAFEGUARDING_REASON_LABELS[row.safeguarding.reason] : 'Raised'} on ${on}`;
    case 'contact':
      return row.contact ? `${INCOMING_CONTACT_LABELS[row.contact.kind]} received ${formatDateTime(row.contact.receivedAt)}` : `Received ${on}`;
  }
}

/** What the row is about beyond the child and the date: who called and why, whose decision it is. */
export function detailText(row: DutyListRow): string | null {
  if (row.contact) return `From ${row.contact.caller}: ${row.contact.summary}`;
  if (row.safeguarding) return `Decision for: ${safeguardingOwnerText(row.safeguarding.owner)}`;
  return null;
}

/** Who holds the task: "Not claimed", "Claimed by you", or the holder's name, with when. */
export function claimText(row: DutyListRow, userId: string | null): string | null {
  if (row.kind === 'lead-professional-allocation') return null;
  if (!row.claim) return 'Not claimed';
  const at = formatDateTime(row.claim.at);
  return row.claim.userId === userId ? `Claimed by you at ${at}` : `Claimed by ${row.claim.name} at ${at}`;
}

/** The form a row opens. */
export type RowWork = 'review' | 'screen' | 'respond' | 'decide';

export interface RowActions {
  claim: boolean;
  release: boolean;
  /** Null when there is nothing to record from the list (RED without LP: allocated at the team meeting), or someone else holds the task. */
  work: RowWork | null;
  /** RED without a lead professional: the way forward is the team meeting agenda. */
  agenda: boolean;
}

const WORK: Readonly<Record<Exclude<DutyListRow['kind'], 'lead-professional-allocation'>, RowWork>> = {
  review: 'review',
  screening: 'screen',
  contact: 'respond',
  safeguarding: 'decide',
};

/**
 * What the signed-in user may do with a row: claim an unclaimed task; release their own claim (a
 * manager any claim, as the API allows); record the work unless someone else holds the task (so two
 * clinicians do not phone the same family). A review needs its task to be recorded against.
 */
export function rowActions(row: DutyListRow, userId: string | null, isManager: boolean): RowActions {
  if (row.kind === 'lead-professional-allocation') return { claim: false, release: false, work: null, agenda: true };
  const heldByOther = row.claim !== null && row.claim.userId !== userId;
  const hasTask = row.taskId !== null;
  return {
    claim: hasTask && row.claim === null,
    release: hasTask && row.claim !== null && (!heldByOther || isManager),
    work: heldByOther || (row.kind === 'review' && !hasTask) ? null : WORK[row.kind],
    agenda: false,
  };
}

/** A row's key, unique on the page (also the stem of its buttons' ids). */
export function rowKey(row: DutyListRow): string {
  return `${row.kind}-${row.taskId ?? row.subjectId ?? row.referralId}`;
}

/** The button that opens a row's form, in words. */
export const WORK_BUTTON_TEXT: Readonly<Record<RowWork, string>> = {
  review: 'Record review',
  screen: 'Screen',
  respond: 'Respond',
  decide: 'Record decision',
};
