import { AgendaItemView, CloseSittingResult, RecordAttendanceRequest, RecordDecisionResult, SittingView } from '@camhs/contracts';
import { CalendarDate, formatPounds, sittingHeldProblem } from '@camhs/domain';
import { formatDate } from '../../referrals/date-format';
import { casesText } from '../board/case-board-rules';
import { DECISION_OUTCOME_LABELS } from '../panel-labels';

/** The sitting screen's rules: where each agenda item stands, what can be done at the sitting and when, and what closing it carries over. */

/** An item still waiting for the panel: no decision, or deferred, and not yet carried on. */
export function unresolved(item: Pick<AgendaItemView, 'decision' | 'carried'>): boolean {
  return !item.carried && (item.decision === null || item.decision.outcome === 'deferred');
}

/** An item the panel can still decide at this sitting. */
export function decidable(item: Pick<AgendaItemView, 'decision' | 'carried'>): boolean {
  return !item.carried && item.decision === null;
}

/** Where an agenda item stands, in words for the agenda list. */
export function itemStatus(item: Pick<AgendaItemView, 'decision' | 'carried'>): string {
  if (item.carried) return item.decision?.outcome === 'deferred' ? 'Deferred; carried to the next sitting' : 'Not decided; carried to the next sitting';
  if (!item.decision) return 'Waiting for a decision';
  if (item.decision.outcome === 'deferred') return 'Deferred: carries to the next sitting when this one closes';
  return DECISION_OUTCOME_LABELS[item.decision.outcome];
}

/** The item the screen opens on: the one asked for, else the first still to decide, else the first. */
export function chosenItem(requested: string | null, items: readonly AgendaItemView[]): AgendaItemView | null {
  return items.find((i) => i.id === requested) ?? items.find(decidable) ?? items[0] ?? null;
}

export interface SittingWork {
  /** Why decisions and attendance cannot be recorded yet (before the sitting's day), or null. */
  notYet: string | null;
  canIssue: boolean;
  canRecord: boolean;
  canClose: boolean;
}

/** What the coordinator can do: issue the agenda before the sitting (once, with a case on it); decide, record attendance and close from its day. */
export function sittingWork(view: Pick<SittingView, 'sitsOn' | 'agendaIssuedAt' | 'closedAt' | 'items'>, today: CalendarDate): SittingWork {
  const open = view.closedAt === null;
  const held = sittingHeldProblem(view.sitsOn, today);
  return {
    notYet: open && held ? `Decisions and attendance are recorded from ${formatDate(view.sitsOn)}, the day of the sitting.` : null,
    canIssue: open && view.agendaIssuedAt === null && view.items.length > 0,
    canRecord: open && held === null,
    canClose: open && held === null,
  };
}

/** What closing will do, said before the coordinator closes. */
export function closeWarning(items: readonly Pick<AgendaItemView, 'decision' | 'carried'>[]): string {
  const n = items.filter(unresolved).length;
  if (n === 0) return 'Every case on the agenda has a decision. Closing completes the sitting’s record.';
  return `${casesText(n)} ${n === 1 ? 'has' : 'have'} no decision or ${n === 1 ? 'was' : 'were'} deferred: closing the sitting carries ${n === 1 ? 'it' : 'them'} to the next sitting.`;
}

/** What closing did: each unresolved case and the sitting it went to, or that it waits for the next one scheduled. */
export function carriedMessages(result: CloseSittingResult, items: readonly Pick<AgendaItemView, 'caseId' | 'childName'>[]): string[] {
  const name = (caseId: string) => items.find((i) => i.caseId === caseId)?.childName ?? 'A case';
  if (result.carried.length === 0) return [`The sitting of ${formatDate(result.sitting.sitsOn)} is closed. Nothing was left to carry over.`];
  return [
    `The sitting of ${formatDate(result.sitting.sitsOn)} is closed. ${casesText(result.carried.length)} carried over:`,
    ...result.carried.map((c) =>
      c.toSitsOn ? `${name(c.caseId)}: to the sitting of ${formatDate(c.toSitsOn)}` : `${name(c.caseId)}: no sitting is scheduled yet; it joins the next one scheduled`,
    ),
  ];
}

/** Everyone listed, present when ticked. */
export function attendanceRequest(view: Pick<SittingView, 'attendance' | 'version'>, present: ReadonlySet<string>): RecordAttendanceRequest {
  return { version: view.version, attendance: view.attendance.map((m) => ({ memberId: m.memberId, present: present.has(m.memberId) })) };
}

/** "2 of 3 members present", or that attendance is not recorded yet. */
export function attendanceText(attendance: SittingView['attendance']): string {
  if (attendance.every((m) => m.present === null)) return 'Attendance not recorded yet';
  return `${attendance.filter((m) => m.present === true).length} of ${attendance.length} members present`;
}

/** After a decision: what was decided, what it costs, and where the case now stands. */
export function decisionMessage(result: RecordDecisionResult, childName: string): string {
  const outcome = DECISION_OUTCOME_LABELS[result.decision.outcome];
  if (result.decision.outcome !== 'allocated') return `Decision recorded for ${childName}: ${outcome.toLowerCase()}.`;
  const cost = result.allocations.reduce((sum, a) => sum + a.costPence, 0);
  const n = result.allocations.length;
  return `Decision recorded for ${childName}: ${n === 1 ? '1 intervention' : `${n} interventions`} allocated, costing ${formatPounds(cost)}.`;
}
