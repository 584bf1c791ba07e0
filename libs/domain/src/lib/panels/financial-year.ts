import { LocalDate } from '@js-joda/core';
import { CalendarDate } from '../time/calendar-date';

/**
 * The council's financial year, 1 April to 31 March, written `2026-27`. Panel budgets and the block
 * contracts of the intervention catalogue run per financial year; an allocation belongs to the
 * financial year in which it starts.
 */
export type FinancialYear = string;

const FY = /^(\d{4})-(\d{2})$/;

export function isFinancialYear(value: unknown): value is FinancialYear {
  if (typeof value !== 'string') return false;
  const m = FY.exec(value);
  return m !== null && (Number(m[1]) + 1) % 100 === Number(m[2]);
}

/** The financial year a date falls in: 2027-03-31 is in 2026-27, 2027-04-01 in 2027-28. */
export function financialYearOf(date: CalendarDate): FinancialYear {
  const d = LocalDate.parse(date);
  const startYear = d.monthValue() >= 4 ? d.year() : d.year() - 1;
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** First and last day of a financial year. */
export function financialYearBounds(fy: FinancialYear): { from: CalendarDate; to: CalendarDate } {
  if (!isFinancialYear(fy)) throw new RangeError(`not a financial year (YYYY-YY, e.g. 2026-27): ${fy}`);
  const startYear = Number(fy.slice(0, 4));
  return { from: `${startYear}-04-01`, to: `${startYear + 1}-03-31` };
}
