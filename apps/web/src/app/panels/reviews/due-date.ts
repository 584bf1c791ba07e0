import { CalendarDate, daysBetween } from '@camhs/domain';
import { formatDate } from '../../referrals/date-format';

/** Where a due date stands today: overdue, due today, or due soon; always said in words, never by colour alone. */
export interface DueState {
  /** The tag's words. */
  tag: 'Overdue' | 'Due today' | 'Due';
  /** The tag's NHS colour class. */
  tagClass: 'nhsuk-tag--red' | 'nhsuk-tag--orange' | 'nhsuk-tag--yellow';
  /** `Overdue by 3 days (due 19 Nov 2026)`, `Due today (22 Nov 2026)`, `Due in 1 day (23 Nov 2026)`. */
  text: string;
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

export function dueState(dueOn: CalendarDate, today: CalendarDate): DueState {
  const ahead = daysBetween(today, dueOn);
  const date = formatDate(dueOn);
  if (ahead < 0) return { tag: 'Overdue', tagClass: 'nhsuk-tag--red', text: `Overdue by ${days(-ahead)} (due ${date})` };
  if (ahead === 0) return { tag: 'Due today', tagClass: 'nhsuk-tag--orange', text: `Due today (${date})` };
  return { tag: 'Due', tagClass: 'nhsuk-tag--yellow', text: `Due in ${days(ahead)} (${date})` };
}
