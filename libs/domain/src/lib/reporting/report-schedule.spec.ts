import fc from 'fast-check';
import { addDays } from '../time/calendar-date';
import { isReportDay } from './report-schedule';

describe('report days', () => {
  const anchor = '2026-01-08'; // a Thursday

  it('falls every 14 days from the anchor, before and after it', () => {
    expect(['2026-01-08', '2026-01-22', '2026-02-05', '2025-12-25'].map((d) => isReportDay(d, anchor))).toEqual([true, true, true, true]);
    expect(['2026-01-15', '2026-01-21', '2026-01-09'].map((d) => isReportDay(d, anchor))).toEqual([false, false, false]);
  });

  it('property: exactly one day in any 14 consecutive days is a report day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 2000 }), (start) => {
        const days = Array.from({ length: 14 }, (_, i) => addDays(anchor, start + i));
        expect(days.filter((d) => isReportDay(d, anchor))).toHaveLength(1);
      }),
    );
  });
});
