import { SittingSummary } from '@camhs/contracts';
import {
  panelTeamOptions,
  scheduleDates,
  sittingStatusText,
  toBudgetRequest,
  toCreatePanelRequest,
  upcomingSittings,
  validateBudget,
  validateMember,
  validateNewPanel,
  validateSchedule,
} from './sittings-rules';

const aSitting = (id: string, sitsOn: string, overrides: Partial<SittingSummary> = {}): SittingSummary => ({
  id,
  sitsOn,
  items: 0,
  agendaIssuedAt: null,
  packReady: false,
  closedAt: null,
  version: 1,
  ...overrides,
});

describe('a panel’s sittings', () => {
  it('lists those not yet closed, earliest first', () => {
    const sittings = [aSitting('s-3', '2026-12-17'), aSitting('s-1', '2026-11-19', { closedAt: '2026-11-19T16:00:00.000Z' }), aSitting('s-2', '2026-12-03')];
    expect(upcomingSittings(sittings).map((s) => s.id)).toEqual(['s-2', 's-3']);
  });

  it('says how far each has got: its agenda, whether issued, the pre-read pack, closed', () => {
    expect(sittingStatusText(aSitting('s', '2026-12-03'))).toBe('0 cases on the agenda; agenda not issued yet');
    expect(sittingStatusText(aSitting('s', '2026-12-03', { items: 1 }))).toBe('1 case on the agenda; agenda not issued yet');
    expect(sittingStatusText(aSitting('s', '2026-12-03', { items: 3, agendaIssuedAt: '2026-11-28T09:00:00.000Z' }))).toBe(
      '3 cases on the agenda; agenda issued; pre-read pack being produced',
    );
    expect(sittingStatusText(aSitting('s', '2026-12-03', { items: 3, agendaIssuedAt: '2026-11-28T09:00:00.000Z', packReady: true }))).toBe(
      '3 cases on the agenda; agenda issued; pre-read pack ready',
    );
    expect(sittingStatusText(aSitting('s', '2026-12-03', { items: 3, agendaIssuedAt: '2026-11-28T09:00:00.000Z', packReady: true, closedAt: '2026-12-03T16:00:00.000Z' }))).toBe(
      '3 cases on the agenda; closed',
    );
  });
});

describe('setting up a panel', () => {
  it('wants a council team, a name and a cadence', () => {
    expect(validateNewPanel({ team: 'inclusion-panel', panelName: 'Primary Phase Panel', cadence: 'monthly' })).toEqual({});
    expect(validateNewPanel({ team: '', panelName: ' ', cadence: 'yearly' })).toEqual({
      team: ['Choose the team whose panel it is'],
      panelName: ['Enter the panel’s name, for example Primary Phase Panel'],
      cadence: ['Select how often the panel meets'],
    });
    expect(toCreatePanelRequest({ team: 'inclusion-panel', panelName: ' SEND panel ', cadence: 'fortnightly' })).toEqual({ team: 'inclusion-panel', name: 'SEND panel', cadence: 'fortnightly' });
  });

  it('offers only the user’s teams of the council’s service', () => {
    expect(
      panelTeamOptions([
        { code: 'generic-outpatient', name: 'Generic outpatient', service: 'camhs' },
        { code: 'inclusion-panel', name: 'Education Inclusion Partnership panel', service: 'council' },
      ]),
    ).toEqual([{ value: 'inclusion-panel', text: 'Education Inclusion Partnership panel' }]);
  });
});

describe('scheduling sittings', () => {
  it('wants a real first date and from 1 to 24 sittings', () => {
    expect(validateSchedule({ firstOn: '2026-12-03', count: '3' })).toEqual({});
    expect(validateSchedule({ firstOn: '', count: '25' })).toEqual({
      firstOn: ['Enter the date of the first sitting'],
      count: ['How many sittings must be a whole number from 1 to 24'],
    });
  });

  it('shows the dates at the panel’s cadence before they are scheduled', () => {
    // Fortnightly from 3 December: + 14 days = 17 December, + 14 = 31 December.
    expect(scheduleDates('fortnightly', { firstOn: '2026-12-03', count: '3' })).toEqual(['2026-12-03', '2026-12-17', '2026-12-31']);
    // Monthly from 31 January keeps the day where the month has it: 28 February, then 31 March.
    expect(scheduleDates('monthly', { firstOn: '2027-01-31', count: '3' })).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
    expect(scheduleDates('weekly', { firstOn: '2026-12-03', count: '0' })).toEqual([]);
  });
});

describe('a panel’s budget for a year', () => {
  const budgets = [{ financialYear: '2026-27', amountPence: 12_000_000, committedPence: 0, remainingPence: 12_000_000, overrides: 0, version: 3 }];

  it('wants a financial year and an amount of money', () => {
    expect(validateBudget({ financialYear: '2026-27', amount: '120,000' })).toEqual({});
    expect(validateBudget({ financialYear: '', amount: 'lots' })).toEqual({
      financialYear: ['Choose the financial year'],
      amount: ['Enter the budget as an amount of money, for example 120,000.00'],
    });
  });

  it('sends the year’s version when it has a budget already, null the first time', () => {
    expect(toBudgetRequest({ financialYear: '2026-27', amount: '125,000.50' }, budgets)).toEqual({ version: 3, amountPence: 12_500_050 });
    expect(toBudgetRequest({ financialYear: '2027-28', amount: '2,000' }, budgets)).toEqual({ version: null, amountPence: 200_000 });
  });
});

describe('a panel member', () => {
  it('wants a name and an agency or role', () => {
    expect(validateMember({ memberName: 'Priya Member', agency: 'Educational Psychology' })).toEqual({});
    expect(validateMember({ memberName: '', agency: '' })).toEqual({
      memberName: ['Enter the member’s name'],
      agency: ['Enter the member’s agency or role, for example Educational Psychology'],
    });
  });
});
