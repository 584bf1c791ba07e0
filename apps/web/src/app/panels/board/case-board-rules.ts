import { PANEL_CASE_STATES, PANEL_CASE_STATE_LABELS, PanelCaseBoard, PanelCaseState, PanelCaseSummary, PanelSummary, SittingSummary } from '@camhs/contracts';
import { formatDate } from '../../referrals/date-format';
import { SelectOption } from '../../shared/select-field.component';

/**
 * The board of a panel's cases: a column per state, in the order a case moves (new → consent →
 * ready → on agenda → allocated → in review → closed), and what a coordinator can do with a case in
 * each. What the API would refuse is not hidden where the refusal is worth reading: a case without
 * consent can be put forward for an agenda, and the API says why it cannot be listed.
 */

export interface BoardColumn {
  state: PanelCaseState;
  label: string;
  /** The column's heading id (the counts link to it). */
  id: string;
  cases: PanelCaseSummary[];
}

export function columnId(state: PanelCaseState): string {
  return `cases-${state}`;
}

export function boardColumns(board: PanelCaseBoard): BoardColumn[] {
  return PANEL_CASE_STATES.map((state) => ({ state, label: PANEL_CASE_STATE_LABELS[state], id: columnId(state), cases: board.columns[state] ?? [] }));
}

/** Work on a case from the board. */
export type CaseWork = 'consent' | 'risk' | 'agenda' | 'withdraw';

const BEFORE_DECISION: readonly PanelCaseState[] = ['new', 'consent', 'ready', 'on-agenda'];
const NOT_LISTED: readonly PanelCaseState[] = ['new', 'consent', 'ready'];

/**
 * What the board offers for a case: consent and the pre-panel risk until the panel decides (a
 * further consent or a revised risk is recorded on top), listing for a sitting while it is not on
 * an agenda yet, and withdrawal until the panel decides.
 */
export function caseWork(c: Pick<PanelCaseSummary, 'state'>): CaseWork[] {
  const work: CaseWork[] = [];
  if (BEFORE_DECISION.includes(c.state)) work.push('consent', 'risk');
  if (NOT_LISTED.includes(c.state)) work.push('agenda');
  if (BEFORE_DECISION.includes(c.state)) work.push('withdraw');
  return work;
}

export function workLabel(work: CaseWork, c: Pick<PanelCaseSummary, 'consentRecorded' | 'risk'>): string {
  if (work === 'consent') return c.consentRecorded ? 'Record further consent' : 'Record consent';
  if (work === 'risk') return c.risk ? 'Revise pre-panel risk' : 'Record pre-panel risk';
  if (work === 'withdraw') return 'Withdraw the case';
  return 'Add to an agenda';
}

/** What a case still needs before it can be listed, in the board's words (null when it is ready or past that). */
export function stillNeeds(c: Pick<PanelCaseSummary, 'state' | 'consentRecorded' | 'risk'>): string | null {
  if (c.state !== 'new' && c.state !== 'consent') return null;
  const missing = [c.consentRecorded ? null : 'parental consent', c.risk ? null : 'the pre-panel risk'].filter((m): m is string => m !== null);
  return missing.length ? `Needs ${missing.join(' and ')} before it can be listed` : null;
}

/** The sittings a case can be listed for: every one not yet closed, earliest first, the panel's next sitting marked. */
export function agendaSittingOptions(sittings: readonly SittingSummary[], nextSittingId: string | null): SelectOption[] {
  return sittings
    .filter((s) => s.closedAt === null)
    .sort((a, b) => a.sitsOn.localeCompare(b.sitsOn))
    .map((s) => ({ value: s.id, text: `${formatDate(s.sitsOn)}${s.id === nextSittingId ? ' (next sitting)' : ''}: ${casesText(s.items)} on the agenda` }));
}

/** The sitting the agenda form offers first: the panel's next sitting, else the earliest one still open; '' when none. */
export function defaultAgendaSitting(sittings: readonly SittingSummary[], nextSittingId: string | null): string {
  const open = agendaSittingOptions(sittings, nextSittingId);
  return open.find((o) => o.value === nextSittingId)?.value ?? open[0]?.value ?? '';
}

export function casesText(n: number): string {
  return n === 1 ? '1 case' : `${n} cases`;
}

/**
 * The API's refusal to list a case names it by its id (`Cannot list case 5b1c… for the sitting of
 * 2026-12-03: the case has no parental consent recorded: …`): the board names the child instead.
 */
export function agendaRefusal(message: string, caseId: string, childName: string): string {
  return message.split(`case ${caseId}`).join(childName);
}

/** The panel to show: the one in the address if it is one of the user's, else the first; null when they have none. */
export function chosenPanel(requested: string | null, panels: readonly Pick<PanelSummary, 'id'>[]): string | null {
  if (requested && panels.some((p) => p.id === requested)) return requested;
  return panels[0]?.id ?? null;
}

/** Where the case stands after a change, for the success banner: what it still needs before it can be listed, or its new state. */
export function caseStateMessage(what: string, c: Pick<PanelCaseSummary, 'childName' | 'state' | 'consentRecorded' | 'risk'>): string {
  const needs = stillNeeds(c);
  const where = needs ? `The case still needs ${needs.replace(/^Needs /, '')}.` : `The case is now ${PANEL_CASE_STATE_LABELS[c.state].toLowerCase()}.`;
  return `${what} for ${c.childName}. ${where}`;
}
