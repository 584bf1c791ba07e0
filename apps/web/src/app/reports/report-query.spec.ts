import { asOfProblem, drillAddress, exportHref, reportAddress, reportApiParams, reportQueryFromAddress, sameReportQuery } from './report-query';

const address = (params: Record<string, string>) => ({ get: (name: string) => params[name] ?? null });

describe('the report query in the address', () => {
  it('reads the date and filters, and is today for all areas and teams when the address has none', () => {
    expect(reportQueryFromAddress(address({}), '2026-05-04')).toEqual({ asOf: '2026-05-04', area: '', team: '' });
    expect(reportQueryFromAddress(address({ asOf: '2019-01-31', area: 'rutland', team: ' eating-disorders ' }), '2026-05-04')).toEqual({
      asOf: '2019-01-31',
      area: 'rutland',
      team: 'eating-disorders',
    });
    // A date that is no date is kept, so the API's answer names the field.
    expect(reportQueryFromAddress(address({ asOf: '2019-02-30' }), '2026-05-04').asOf).toBe('2019-02-30');
  });

  it('writes the filters only when one is chosen', () => {
    expect(reportAddress({ asOf: '2019-01-31', area: '', team: '' })).toEqual({ asOf: '2019-01-31', area: null, team: null });
    expect(reportApiParams({ asOf: '2019-01-31', area: 'rutland', team: '' })).toEqual({ asOf: '2019-01-31', area: 'rutland' });
    expect(sameReportQuery({ asOf: '2019-01-31', area: 'rutland', team: '' }, { asOf: '2019-01-31', area: 'rutland', team: '' })).toBe(true);
    expect(sameReportQuery({ asOf: '2019-01-31', area: 'rutland', team: '' }, { asOf: '2019-01-31', area: '', team: '' })).toBe(false);
  });

  it('opens a figure at the report date, or at the previous report’s', () => {
    const q = { asOf: '2019-01-31', area: 'rutland', team: '' };
    expect(drillAddress(q, 'waitingForTreatment.waits')).toEqual({ figure: 'waitingForTreatment.waits', asOf: '2019-01-31', area: 'rutland', team: null });
    expect(drillAddress(q, 'waitingForTreatment.waits', '2019-01-17').asOf).toBe('2019-01-17');
  });

  it('links each export, escaping what a query string would misread', () => {
    expect(exportHref({ asOf: '2019-01-31', area: '', team: '' }, 'csv')).toBe('/api/reports/ptl/export?asOf=2019-01-31&format=csv');
    expect(exportHref({ asOf: '2019-01-31', area: 'Oakham Fringe', team: 'a+b&c' }, 'xlsx')).toBe('/api/reports/ptl/export?asOf=2019-01-31&area=Oakham+Fringe&team=a%2Bb%26c&format=xlsx');
  });

  it('asks for a real report date before asking the API', () => {
    expect(asOfProblem('')).toBe('Enter the report date');
    expect(asOfProblem('2019-02-29')).toBe('The report date must be a real date, for example 31 1 2019');
    expect(asOfProblem('2020-02-29')).toBeNull();
  });
});
