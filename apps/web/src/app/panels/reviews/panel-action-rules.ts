import { CompleteActionRequest, PanelActionView } from '@camhs/contracts';
import { CalendarDate } from '@camhs/domain';
import { MessageList, Messages } from '../../referrals/detail/form-messages';
import { formatDateTime } from '../../shared/date-time-format';
import { DueState, dueState } from './due-date';
import { PANEL_NOTE_MAX } from './outcome-review-rules';

/** Actions agreed at sittings, each with an owner and a due date: the list (API order: soonest due first) and marking one done. */

export interface ActionRow {
  action: PanelActionView;
  due: DueState;
  /** `Reminder sent 24 Nov 2026, 09:00:00`, or null when the worker has not reminded yet. */
  reminded: string | null;
}

export function actionRows(actions: readonly PanelActionView[], today: CalendarDate): ActionRow[] {
  return actions.map((action) => ({
    action,
    due: dueState(action.dueOn, today),
    reminded: action.remindedAt ? `Reminder sent ${formatDateTime(action.remindedAt)}` : null,
  }));
}

export const ACTION_FIELDS = ['doneNote'] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];
export type ActionFormValue = Record<ActionField, string>;
export const ACTION_API_FIELDS: Readonly<Record<string, ActionField>> = { note: 'doneNote' };

/** The note is optional. */
export function validateActionDone(value: ActionFormValue): Messages<ActionField> {
  const m = new MessageList<ActionField>();
  m.atMost('doneNote', value.doneNote, 'What was done', PANEL_NOTE_MAX);
  return m.messages;
}

/** The request, with the action's version as loaded (a stale one answers 409); a blank note is none. */
export function toCompleteActionRequest(value: ActionFormValue, version: number): CompleteActionRequest {
  return { version, note: value.doneNote.trim() || null };
}

export function actionDoneMessage(action: PanelActionView): string {
  return `Action for ${action.childName} marked done: ${action.description}`;
}
