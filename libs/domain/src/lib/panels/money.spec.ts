import fc from 'fast-check';
import { financialYearBounds, financialYearOf, isFinancialYear } from './financial-year';
import { formatPounds, isPence, sumPence, timesPence } from './money';

describe('money in whole pence', () => {
  it('formats pounds with thousands separators from whole pence', () => {
    expect(formatPounds(35_679_580)).toBe('£356,795.80');
    expect(formatPounds(1126)).toBe('£11.26');
    expect(formatPounds(5)).toBe('£0.05');
    expect(formatPounds(0)).toBe('£0.00');
    expect(formatPounds(-1205)).toBe('-£12.05');
    expect(formatPounds(100_000_000)).toBe('£1,000,000.00');
    expect(() => formatPounds(11.26)).toThrow(/whole number of pence/);
  });

  it('multiplies and adds exactly, refusing fractions and overflow', () => {
    expect(timesPence(38, 1126)).toBe(42_788);
    expect(sumPence([1, 2, 3_000_000])).toBe(3_000_003);
    expect(() => timesPence(1.5, 100)).toThrow(/whole numbers/);
    expect(() => timesPence(2 ** 30, 2 ** 30)).toThrow(/too large/);
    expect(() => sumPence([Number.MAX_SAFE_INTEGER, 1])).toThrow(/too large/);
    expect([isPence(0), isPence(12), isPence(-1), isPence(0.5), isPence('12')]).toEqual([true, true, false, false, false]);
  });

  it('round-trips every amount: the pounds text read back as pence is the amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (p) => {
        const text = formatPounds(p).replace(/[£,]/g, '');
        const [pounds, pennies] = text.replace('-', '').split('.');
        expect((Number(pounds) * 100 + Number(pennies)) * (p < 0 ? -1 : 1)).toBe(p);
      }),
    );
  });
});

describe('financial years (1 April to 31 March)', () => {
  it('places a date in its year', () => {
    expect(financialYearOf('2027-03-31')).toBe('2026-27');
    expect(financialYearOf('2027-04-01')).toBe('2027-28');
    expect(financialYearOf('2026-01-15')).toBe('2025-26');
    expect(financialYearOf('1999-12-31')).toBe('1999-00');
  });

  it('gives a year’s first and last days, and checks the spelling', () => {
    expect(financialYearBounds('2026-27')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(financialYearBounds('1999-00')).toEqual({ from: '1999-04-01', to: '2000-03-31' });
    expect([isFinancialYear('2026-27'), isFinancialYear('2026-28'), isFinancialYear('2026/27'), isFinancialYear(2026)]).toEqual([true, false, false, false]);
    expect(() => financialYearBounds('2026-2027')).toThrow(/YYYY-YY/);
  });
});
