import type { WaitView } from '@camhs/contracts';
import { clockFlagEntries } from './referral-timeline';

const ados: WaitView = { id: 'w-ados', list: 'ADOS', addedOn: '2026-06-01', startedOn: null, removedOn: null, version: 1 };

describe('clockFlagEntries', () => {
  it('dates a flag on the day the worker marked it in London, and names the clock, its state and target', () => {
    const entries = clockFlagEntries(
      [
        // 23:10 UTC on 31 August is 00:10 on 1 September in London (BST, UTC+1).
        { clock: 'access', state: 'approaching', waitId: null, targetOn: '2026-09-14', flaggedAt: '2026-08-31T23:10:00.000Z' },
        // In winter London is on UTC: 23:10 UTC on 31 December is still 31 December.
        { clock: 'rtt13', state: 'breached', waitId: 'w-ados', targetOn: '2026-08-31', flaggedAt: '2026-12-31T23:10:00.000Z' },
        { clock: 'rtt18', state: 'approaching', waitId: 'w-ados', targetOn: '2026-10-05', flaggedAt: '2026-09-28T06:00:00.000Z' },
      ],
      [ados],
    );
    expect(entries.map(({ on, kind, text }) => ({ on, kind, text }))).toEqual([
      { on: '2026-09-01', kind: 'clock-flag', text: 'Access target approaching: target 14 Sep 2026' },
      { on: '2026-12-31', kind: 'clock-flag', text: '13-week wait on the ADOS waiting list breached: target 31 Aug 2026' },
      { on: '2026-09-28', kind: 'clock-flag', text: '18-week wait on the ADOS waiting list approaching: target 5 Oct 2026' },
    ]);
  });

  it('still reads when the wait is not among those given', () => {
    const [entry] = clockFlagEntries([{ clock: 'rtt18', state: 'breached', waitId: 'w-gone', targetOn: '2026-10-05', flaggedAt: '2026-10-06T09:00:00.000Z' }], []);
    expect(entry.text).toBe('18-week wait breached: target 5 Oct 2026');
  });
});
