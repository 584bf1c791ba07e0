import { dueState } from './due-date';

describe('where a due date stands today', () => {
  const today = '2026-11-22';

  it('is overdue by whole days after the due date', () => {
    expect(dueState('2026-11-19', today)).toEqual({ tag: 'Overdue', tagClass: 'nhsuk-tag--red', text: 'Overdue by 3 days (due 19 Nov 2026)' });
    expect(dueState('2026-11-21', today).text).toBe('Overdue by 1 day (due 21 Nov 2026)');
  });

  it('is due today on the day', () => {
    expect(dueState(today, today)).toEqual({ tag: 'Due today', tagClass: 'nhsuk-tag--orange', text: 'Due today (22 Nov 2026)' });
  });

  it('counts the days to come, across months and years', () => {
    expect(dueState('2026-11-23', today)).toEqual({ tag: 'Due', tagClass: 'nhsuk-tag--yellow', text: 'Due in 1 day (23 Nov 2026)' });
    // 22 November + 14 days = 6 December: the last day a review is listed ahead.
    expect(dueState('2026-12-06', today).text).toBe('Due in 14 days (6 Dec 2026)');
    expect(dueState('2027-01-02', '2026-12-30').text).toBe('Due in 3 days (2 Jan 2027)');
    expect(dueState('2026-02-27', '2026-03-01').text).toBe('Overdue by 2 days (due 27 Feb 2026)');
  });
});
