import { panelExportHref, panelReportAddress, reportYearFromAddress, reportYearOptions, samePanelReportQuery, yearProblem, yearText } from './panel-report-query';

describe('the panel report query in the address', () => {
  it('reads the year, defaulting to the financial year of today (1 April to 31 March)', () => {
    expect(reportYearFromAddress(null, '2026-11-22')).toBe('2026-27');
    expect(reportYearFromAddress('', '2027-03-31')).toBe('2026-27');
    expect(reportYearFromAddress(null, '2027-04-01')).toBe('2027-28');
    expect(reportYearFromAddress(' 2025-26 ', '2026-11-22')).toBe('2025-26');
    // A malformed year is kept, so the API's answer names the field.
    expect(reportYearFromAddress('2026-2027', '2026-11-22')).toBe('2026-2027');
  });

  it('writes both in the address and compares queries', () => {
    expect(panelReportAddress({ panel: 'p-1', year: '2025-26' })).toEqual({ panel: 'p-1', year: '2025-26' });
    expect(samePanelReportQuery({ panel: 'p-1', year: '2025-26' }, { panel: 'p-1', year: '2025-26' })).toBe(true);
    expect(samePanelReportQuery({ panel: 'p-1', year: '2025-26' }, { panel: 'p-1', year: '2026-27' })).toBe(false);
    expect(samePanelReportQuery({ panel: 'p-1', year: '2025-26' }, { panel: 'p-2', year: '2025-26' })).toBe(false);
  });

  it('offers next year, this year and the four before it, latest first, plus an older year from the address', () => {
    expect(reportYearOptions('2026-11-22', null).map((o) => o.value)).toEqual(['2027-28', '2026-27', '2025-26', '2024-25', '2023-24', '2022-23']);
    // 31 March is the last day of 2026-27.
    expect(reportYearOptions('2027-03-31', '2026-27').map((o) => o.value)).toEqual(['2027-28', '2026-27', '2025-26', '2024-25', '2023-24', '2022-23']);
    expect(reportYearOptions('2026-11-22', '2019-20').map((o) => o.value)).toEqual(['2027-28', '2026-27', '2025-26', '2024-25', '2023-24', '2022-23', '2019-20']);
    // Not a year: not offered (the API names it).
    expect(reportYearOptions('2026-11-22', '2019-21')).toHaveLength(6);
    // Across a century: 1999-00 follows 1998-99.
    expect(reportYearOptions('1999-06-01', null).map((o) => o.value).slice(0, 3)).toEqual(['2000-01', '1999-00', '1998-99']);
  });

  it('writes a year with its dates', () => {
    expect(yearText('2026-27')).toBe('2026 to 2027 (1 April 2026 to 31 March 2027)');
    expect(reportYearOptions('2026-11-22', null)[0]).toEqual({ value: '2027-28', text: '2027 to 2028 (1 April 2027 to 31 March 2028)' });
  });

  it('asks for a year written YYYY-YY before asking the API', () => {
    expect(yearProblem('')).toBe('Select the financial year');
    expect(yearProblem('2026-28')).toBe('The financial year must be written like 2026-27');
    expect(yearProblem('2026-27')).toBeNull();
  });

  it('links each export, escaping the panel id', () => {
    expect(panelExportHref({ panel: 'p-1', year: '2025-26' }, 'csv')).toBe('/api/panels/p-1/report/export?financialYear=2025-26&format=csv');
    expect(panelExportHref({ panel: 'a b/c', year: '2025-26' }, 'pdf')).toBe('/api/panels/a%20b%2Fc/report/export?financialYear=2025-26&format=pdf');
  });
});
