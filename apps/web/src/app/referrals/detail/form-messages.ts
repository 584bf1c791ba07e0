import { CalendarDate, Refusal, isCalendarDate } from '@camhs/domain';

/** Messages per form field; a field with no entry has no problem. */
export type Messages<F extends string> = Partial<Record<F, string[]>>;

/** The longest free text the API takes (a destination, a reason). */
export const NOTE_MAX = 500;

/** Collects messages per field, in the order they are found. */
export class MessageList<F extends string> {
  readonly messages: Messages<F> = {};

  add(field: F, message: string): void {
    (this.messages[field] ??= []).push(message);
  }

  /** Messages found elsewhere (e.g. for a group of fields shared by several forms). */
  addAll(messages: Messages<F>): void {
    for (const [field, list] of Object.entries(messages) as [F, string[] | undefined][]) {
      for (const message of list ?? []) this.add(field, message);
    }
  }

  has(field: F): boolean {
    return (this.messages[field]?.length ?? 0) > 0;
  }

  get empty(): boolean {
    return Object.keys(this.messages).length === 0;
  }

  /** Required, and a real date (the API's `IsCalendarDate`); true when the date can be used. */
  date(field: F, value: string, missing: string, what: string): value is CalendarDate {
    if (value.trim() === '') this.add(field, missing);
    else if (!isCalendarDate(value)) this.add(field, `${what} must be a real date`);
    return !this.has(field);
  }

  /** Required (after trimming) and at most `max` characters (NOTE_MAX unless the API takes more), as the API checks it. */
  note(field: F, value: string, missing: string, what: string, max = NOTE_MAX): void {
    if (value.trim() === '') this.add(field, missing);
    else this.atMost(field, value, what, max);
  }

  /** Optional free text of at most `max` characters. */
  atMost(field: F, value: string, what: string, max = NOTE_MAX): void {
    if (value.length > max) this.add(field, `${what} must be ${max} characters or fewer`);
  }

  /** A domain refusal on the field it concerns (the refusal's reason, as the API words it). */
  refusal(field: F, refusal: Refusal): void {
    this.add(field, sentence(refusal.reason));
  }
}

export function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
