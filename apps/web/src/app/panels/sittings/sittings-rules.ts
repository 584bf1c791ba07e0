import { CreatePanelRequest, PANEL_CADENCES, PanelBudgetView, PanelCadence, SetPanelBudgetRequest, SittingSummary, TeamMembershipView } from '@camhs/contracts';
import { CalendarDate, MAX_SITTINGS_AT_ONCE, isFinancialYear, sittingDates } from '@camhs/domain';
import { MessageList, Messages } from '../../referrals/detail/form-messages';
import { SelectOption } from '../../shared/select-field.component';
import { casesText } from '../board/case-board-rules';
import { NAME_MAX } from '../board/case-form-rules';
import { parsePounds } from '../money-input';

/** Words for a panel's sittings, wherever they are listed (the board, the list of sittings, a sitting's own page). */

/** The sittings not yet closed, earliest first. */
export function upcomingSittings(sittings: readonly SittingSummary[]): SittingSummary[] {
  return sittings.filter((s) => s.closedAt === null).sort((a, b) => a.sitsOn.localeCompare(b.sitsOn));
}

/** "2 cases on the agenda; agenda issued; pre-read pack ready", or "closed" for a sitting held and recorded. */
export function sittingStatusText(s: Pick<SittingSummary, 'items' | 'agendaIssuedAt' | 'packReady' | 'closedAt'>): string {
  const agenda = `${casesText(s.items)} on the agenda`;
  if (s.closedAt) return `${agenda}; closed`;
  if (!s.agendaIssuedAt) return `${agenda}; agenda not issued yet`;
  return `${agenda}; agenda issued; ${s.packReady ? 'pre-read pack ready' : 'pre-read pack being produced'}`;
}

// ─── Setting a panel up: the panel, its sittings, budgets and members ────────────────────────────

export const NEW_PANEL_FIELDS = ['team', 'panelName', 'cadence'] as const;
export type NewPanelField = (typeof NEW_PANEL_FIELDS)[number];
export const NEW_PANEL_API_FIELDS: Readonly<Record<string, NewPanelField>> = { team: 'team', name: 'panelName', cadence: 'cadence' };

export function validateNewPanel(value: Record<NewPanelField, string>): Messages<NewPanelField> {
  const m = new MessageList<NewPanelField>();
  if (!value.team) m.add('team', 'Choose the team whose panel it is');
  m.note('panelName', value.panelName, 'Enter the panel’s name, for example Primary Phase Panel', 'The name', NAME_MAX);
  if (!(PANEL_CADENCES as readonly string[]).includes(value.cadence)) m.add('cadence', 'Select how often the panel meets');
  return m.messages;
}

export function toCreatePanelRequest(value: Record<NewPanelField, string>): CreatePanelRequest {
  return { team: value.team, name: value.panelName.trim(), cadence: value.cadence as PanelCadence };
}

/** The teams a panel can belong to: the user's teams of the council's service (never a CAMHS team). */
export function panelTeamOptions(teams: readonly TeamMembershipView[]): SelectOption[] {
  return teams.filter((t) => t.service !== 'camhs').map((t) => ({ value: t.code, text: t.name }));
}

export const SCHEDULE_FIELDS = ['firstOn', 'count'] as const;
export type ScheduleField = (typeof SCHEDULE_FIELDS)[number];
export const SCHEDULE_API_FIELDS: Readonly<Record<string, ScheduleField>> = { firstOn: 'firstOn', count: 'count' };

export function validateSchedule(value: Record<ScheduleField, string>): Messages<ScheduleField> {
  const m = new MessageList<ScheduleField>();
  m.date('firstOn', value.firstOn, 'Enter the date of the first sitting', 'The date of the first sitting');
  const count = value.count.trim();
  if (!/^\d+$/.test(count) || Number(count) < 1 || Number(count) > MAX_SITTINGS_AT_ONCE) m.add('count', `How many sittings must be a whole number from 1 to ${MAX_SITTINGS_AT_ONCE}`);
  return m.messages;
}

/** The dates the schedule would add, as the API works them out (dates already scheduled are skipped there). */
export function scheduleDates(cadence: PanelCadence, value: Record<ScheduleField, string>): CalendarDate[] {
  return Object.keys(validateSchedule(value)).length ? [] : sittingDates(cadence, value.firstOn, Number(value.count));
}

export const BUDGET_FIELDS = ['financialYear', 'amount'] as const;
export type BudgetField = (typeof BUDGET_FIELDS)[number];
export const BUDGET_API_FIELDS: Readonly<Record<string, BudgetField>> = { financialYear: 'financialYear', amountPence: 'amount' };

export function validateBudget(value: Record<BudgetField, string>): Messages<BudgetField> {
  const m = new MessageList<BudgetField>();
  if (!isFinancialYear(value.financialYear)) m.add('financialYear', 'Choose the financial year');
  if (parsePounds(value.amount) === null) m.add('amount', 'Enter the budget as an amount of money, for example 120,000.00');
  return m.messages;
}

/** The budget request: the year's version when it has a budget already, null the first time. */
export function toBudgetRequest(value: Record<BudgetField, string>, budgets: readonly PanelBudgetView[]): SetPanelBudgetRequest {
  return { version: budgets.find((b) => b.financialYear === value.financialYear)?.version ?? null, amountPence: parsePounds(value.amount) ?? 0 };
}

export const MEMBER_FIELDS = ['memberName', 'agency'] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];
export const MEMBER_API_FIELDS: Readonly<Record<string, MemberField>> = { name: 'memberName', agency: 'agency' };

export function validateMember(value: Record<MemberField, string>): Messages<MemberField> {
  const m = new MessageList<MemberField>();
  m.note('memberName', value.memberName, 'Enter the member’s name', 'The name', NAME_MAX);
  m.note('agency', value.agency, 'Enter the member’s agency or role, for example Educational Psychology', 'The agency', NAME_MAX);
  return m.messages;
}
