import { Pence } from '@camhs/domain';

/** The most pence a form takes (the API's limit is far above any real price or budget: £10 million). */
export const MAX_FORM_PENCE = 1_000_000_000;

/**
 * Pounds as typed into a form — `45`, `45.5`, `45.50`, `£1,126.50` — to whole pence, or null when
 * it is not an amount of money (letters, a minus sign, more than two decimal places, too large).
 * Parsed from the digits, never through floating point, so `0.29` is 29 pence exactly.
 */
export function parsePounds(text: string): Pence | null {
  const cleaned = text.trim().replace(/^£/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const pence = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(pence) && pence <= MAX_FORM_PENCE ? pence : null;
}

/** Whole pence as a form shows them for editing: 4500 → `45.00`, 1126 → `11.26` (no £, no commas). */
export function poundsInput(pence: Pence | null): string {
  if (pence === null) return '';
  return `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
}
