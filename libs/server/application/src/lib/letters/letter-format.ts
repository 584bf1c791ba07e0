import type { CalendarDate } from '@camhs/domain';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** `2026-11-02` → `2 November 2026`: the calendar date as written, no time zone arithmetic. */
export function longDate(date: CalendarDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** `9434765919` → `943 476 5919`, the way the NHS writes it; null → `not known`. */
export function spacedNhsNumber(nhsNumber: string | null): string {
  return nhsNumber ? `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}` : 'not known';
}

/** Free text (a reason, a destination) as a sentence: trimmed, ending in a full stop. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The reference printed on a letter and in its file name: short, and no personal data. */
export function letterReference(letterId: string): string {
  return `L-${letterId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}
