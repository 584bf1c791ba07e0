import { actionReminderDue, nextSitting, sittingDates, sittingHeldProblem, unresolvedItems } from './sittings';

describe('panel sittings', () => {
  it('schedules sittings at the cadence', () => {
    expect(sittingDates('fortnightly', '2026-11-05', 3)).toEqual(['2026-11-05', '2026-11-19', '2026-12-03']);
    expect(sittingDates('weekly', '2026-12-24', 2)).toEqual(['2026-12-24', '2026-12-31']);
    // Monthly keeps the 31st where the month has one: February has 28 days in 2026.
    expect(sittingDates('monthly', '2026-01-31', 4)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(() => sittingDates('monthly', '2026-01-31', 0)).toThrow(/from 1 to 24/);
    expect(() => sittingDates('monthly', '2026-01-31', 25)).toThrow(/from 1 to 24/);
  });

  it('carries to the earliest open sitting after this one', () => {
    const sittings = [
      { id: 'c', sitsOn: '2026-12-03', closed: false },
      { id: 'a', sitsOn: '2026-11-05', closed: true },
      { id: 'b', sitsOn: '2026-11-19', closed: false },
      { id: 'z', sitsOn: '2026-11-12', closed: true },
    ];
    expect(nextSitting(sittings, '2026-11-05')?.id).toBe('b');
    expect(nextSitting(sittings, '2026-11-19')?.id).toBe('c');
    expect(nextSitting(sittings, '2026-12-03')).toBeNull();
  });

  it('leaves unresolved the items with no decision and those deferred', () => {
    const items = [
      { caseId: '1', decision: 'allocated' as const },
      { caseId: '2', decision: null },
      { caseId: '3', decision: 'not-allocated' as const },
      { caseId: '4', decision: 'deferred' as const },
    ];
    expect(unresolvedItems(items).map((i) => i.caseId)).toEqual(['2', '4']);
  });

  it('records decisions from the day of the sitting', () => {
    expect(sittingHeldProblem('2026-11-19', '2026-11-18')).toBe('the sitting is on 2026-11-19: its decisions and attendance are recorded from that day');
    expect(sittingHeldProblem('2026-11-19', '2026-11-19')).toBeNull();
    expect(sittingHeldProblem('2026-11-19', '2026-12-01')).toBeNull();
  });

  it('reminds about an action from three days before it is due, and while overdue', () => {
    expect(actionReminderDue('2026-12-04', '2026-12-01')).toBe(true);
    expect(actionReminderDue('2026-12-05', '2026-12-01')).toBe(false);
    expect(actionReminderDue('2026-11-20', '2026-12-01')).toBe(true);
  });
});
