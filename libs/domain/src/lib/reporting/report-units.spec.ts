import fc from 'fast-check';
import { addDays } from '../time/calendar-date';
import { accessPassed, averageWeeks, isOver13Weeks, isOver18Weeks, monthsBetween, reportPeriod, waitDays, wholeWeeks } from './report-units';

describe('report units (spec/ptl-report.md)', () => {
  it('counts a wait in whole days from its start to asOf', () => {
    // 20 Mar 2018 → 31 Jan 2019: 11 (rest of March) + 275 (April–December) + 31 (January) = 317
    expect(waitDays('2018-03-20', '2019-01-31')).toBe(317);
    expect(waitDays('2019-01-31', '2019-01-31')).toBe(0);
  });

  it('rounds the longest wait down to whole weeks', () => {
    expect(wholeWeeks(317)).toBe(45); // 45 × 7 = 315
    expect(wholeWeeks(314)).toBe(44);
    expect(wholeWeeks(6)).toBe(0);
  });

  it('averages days ÷ 7 to one decimal place, halves up', () => {
    expect(averageWeeks([])).toBe(0);
    expect(averageWeeks([10, 11])).toBe(1.5); // 10.5 days = 1.5 weeks
    expect(averageWeeks([1])).toBe(0.1); // 0.142…
    expect(averageWeeks([1, 2, 2, 2])).toBe(0.3); // 7/4 days = 0.25 weeks, half up
    expect(averageWeeks([161, 161])).toBe(23); // 161 days = 23.0 weeks
  });

  it('says over 13 weeks for more than 91 days and over 18 for more than 126', () => {
    expect([isOver13Weeks(91), isOver13Weeks(92)]).toEqual([false, true]);
    expect([isOver18Weeks(126), isOver18Weeks(127)]).toEqual([false, true]);
  });

  it('reports the financial year to date', () => {
    expect(reportPeriod('2019-01-31')).toEqual({ from: '2018-04-01', to: '2019-01-31' });
    expect(reportPeriod('2019-03-31')).toEqual({ from: '2018-04-01', to: '2019-03-31' });
    expect(reportPeriod('2019-04-01')).toEqual({ from: '2019-04-01', to: '2019-04-01' });
  });

  it('lists every month of the period', () => {
    expect(monthsBetween('2018-04-01', '2019-01-31')).toEqual([
      '2018-04', '2018-05', '2018-06', '2018-07', '2018-08', '2018-09', '2018-10', '2018-11', '2018-12', '2019-01',
    ]);
    expect(monthsBetween('2019-04-01', '2019-04-01')).toEqual(['2019-04']);
  });

  it('passes access completed within 28 days (urgent) or 91 days (routine) of receipt', () => {
    expect([accessPassed('2026-01-01', '2026-01-29', 'urgent'), accessPassed('2026-01-01', '2026-01-30', 'urgent')]).toEqual([true, false]);
    // 1 Jan + 91 days = 2 Apr (31 + 28 + 31 + 1)
    expect([accessPassed('2026-01-01', '2026-04-02', 'routine'), accessPassed('2026-01-01', '2026-04-03', 'routine')]).toEqual([true, false]);
  });

  it('property: access passes exactly when completed within the target, whatever the dates', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2010-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 400 }), fc.constantFrom('urgent' as const, 'routine' as const), (d, k, urgency) => {
        const receivedOn = d.toISOString().slice(0, 10);
        expect(accessPassed(receivedOn, addDays(receivedOn, k), urgency)).toBe(k <= (urgency === 'urgent' ? 28 : 91));
      }),
    );
  });

  it('property: the average lies between the shortest and longest wait, in weeks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 50 }), (days) => {
        const avg = averageWeeks(days);
        expect(avg).toBeGreaterThanOrEqual(Math.floor((Math.min(...days) / 7) * 10) / 10);
        expect(avg).toBeLessThanOrEqual(Math.ceil((Math.max(...days) / 7) * 10) / 10);
      }),
    );
  });
});
