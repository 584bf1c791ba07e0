/** The service's clocks are in England; show every instant in UK time, whatever the browser's zone. */
const UK_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `2026-11-22T09:15:03.000Z` → `22 Nov 2026, 09:15:03`. Unreadable values are returned unchanged. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? value : UK_DATE_TIME.format(instant);
}
