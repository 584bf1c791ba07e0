import { formatPounds } from '@camhs/contracts';

/**
 * How the panel report writes its numbers: money as pounds with pence (the API sends whole pence),
 * every percentage with the count it is a share of, so a reader can check it.
 */

/** `790610` → `£7,906.10`. */
export const pounds = (pence: number): string => formatPounds(pence);

/** A noun, one and many. */
export interface Noun {
  one: string;
  many: string;
}

/** `1 child`, `3 children`: a count with its noun. */
export function countText(n: number, noun: Noun): string {
  return `${n} ${n === 1 ? noun.one : noun.many}`;
}

/** `part` ÷ `of` as a percentage to one decimal place, rounded half up as the API rounds; null when `of` is 0. */
export function percentOf(part: number, of: number): number | null {
  return of > 0 ? Math.round((part * 1000) / of) / 10 : null;
}

/**
 * `3 of 5 children (60.0%)`, `1 of 1 child (100.0%)`; `0 of 0 children` when there is nothing to
 * take a share of. `percent` is the API's own when it gives one (so the page shows the figure the
 * exports show).
 */
export function shareText(part: number, of: number, noun: Noun, percent: number | null = percentOf(part, of)): string {
  const base = `${part} of ${of} ${of === 1 ? noun.one : noun.many}`;
  return percent === null ? base : `${base} (${percent.toFixed(1)}%)`;
}

export const CHILDREN: Noun = { one: 'child', many: 'children' };
export const HOURS: Noun = { one: 'hour', many: 'hours' };
export const PLACE_WEEKS: Noun = { one: 'place-week', many: 'place-weeks' };

/** The note (from the report's notes) that explains a figure: the one starting `Label:`; null when there is none. */
export function noteFor(notes: readonly string[], label: string): string | null {
  return notes.find((n) => n.startsWith(`${label}:`)) ?? null;
}
