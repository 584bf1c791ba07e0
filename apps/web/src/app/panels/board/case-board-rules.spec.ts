import { PanelCaseBoard, PanelCaseSummary, SittingSummary } from '@camhs/contracts';
import {
  agendaRefusal,
  agendaSittingOptions,
  boardColumns,
  caseStateMessage,
  caseWork,
  chosenPanel,
  defaultAgendaSitting,
  stillNeeds,
  workLabel,
} from './case-board-rules';

const aCase = (overrides: Partial<PanelCaseSummary> = {}): PanelCaseSummary => ({
  id: 'c-1',
  panelId: 'p-1',
  childId: 'ch-1',
  childName: 'Ottoline Quarrendon-Vyse',
  dateOfBirth: '2016-05-14',
  school: 'Oakham Primary',
  yearGroup: 'Year 4',
  state: 'new',
  consentRecorded: false,
  risk: null,
  onAgenda: null,
  createdAt: '2026-11-02T10:00:00.000Z',
  version: 1,
  ...overrides,
});

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

describe('the board’s columns', () => {
  it('has every state in the order a case moves, with its cases', () => {
    const ready = aCase({ id: 'c-2', state: 'ready' });
    const board: PanelCaseBoard = {
      panelId: 'p-1',
      columns: { new: [aCase()], consent: [], ready: [ready], 'on-agenda': [], allocated: [], 'in-review': [], closed: [] },
    };
    const columns = boardColumns(board);
    expect(columns.map((c) => [c.label, c.id, c.cases.length])).toEqual([
      ['New', 'cases-new', 1],
      ['Consent recorded', 'cases-consent', 0],
      ['Ready for panel', 'cases-ready', 1],
      ['On agenda', 'cases-on-agenda', 0],
      ['Allocated', 'cases-allocated', 0],
      ['In review', 'cases-in-review', 0],
      ['Closed', 'cases-closed', 0],
    ]);
    expect(columns[2].cases).toEqual([ready]);
  });
});

describe('what the board offers for a case', () => {
  it('records consent and the risk and withdraws until the panel decides, and lists a case not yet on an agenda', () => {
    expect(caseWork({ state: 'new' })).toEqual(['consent', 'risk', 'agenda', 'withdraw']);
    expect(caseWork({ state: 'consent' })).toEqual(['consent', 'risk', 'agenda', 'withdraw']);
    expect(caseWork({ state: 'ready' })).toEqual(['consent', 'risk', 'agenda', 'withdraw']);
    expect(caseWork({ state: 'on-agenda' })).toEqual(['consent', 'risk', 'withdraw']);
    expect(caseWork({ state: 'allocated' })).toEqual([]);
    expect(caseWork({ state: 'in-review' })).toEqual([]);
    expect(caseWork({ state: 'closed' })).toEqual([]);
  });

  it('words the buttons by what is already recorded', () => {
    expect(workLabel('consent', { consentRecorded: false, risk: null })).toBe('Record consent');
    expect(workLabel('consent', { consentRecorded: true, risk: null })).toBe('Record further consent');
    expect(workLabel('risk', { consentRecorded: true, risk: null })).toBe('Record pre-panel risk');
    expect(workLabel('risk', { consentRecorded: true, risk: 'low' })).toBe('Revise pre-panel risk');
    expect(workLabel('agenda', { consentRecorded: true, risk: 'low' })).toBe('Add to an agenda');
    expect(workLabel('withdraw', { consentRecorded: true, risk: 'low' })).toBe('Withdraw the case');
  });

  it('says what a case still needs before it can be listed', () => {
    expect(stillNeeds({ state: 'new', consentRecorded: false, risk: null })).toBe('Needs parental consent and the pre-panel risk before it can be listed');
    expect(stillNeeds({ state: 'new', consentRecorded: false, risk: 'high' })).toBe('Needs parental consent before it can be listed');
    expect(stillNeeds({ state: 'consent', consentRecorded: true, risk: null })).toBe('Needs the pre-panel risk before it can be listed');
    expect(stillNeeds({ state: 'ready', consentRecorded: true, risk: 'high' })).toBeNull();
  });
});

describe('choosing the sitting to list a case for', () => {
  const sittings = [
    aSitting('s-3', '2026-12-17', { items: 1 }),
    aSitting('s-1', '2026-11-19', { closedAt: '2026-11-19T16:00:00.000Z', items: 4 }),
    aSitting('s-2', '2026-12-03', { items: 2 }),
  ];

  it('offers the sittings not yet closed, earliest first, marking the next one', () => {
    expect(agendaSittingOptions(sittings, 's-2')).toEqual([
      { value: 's-2', text: '3 Dec 2026 (next sitting): 2 cases on the agenda' },
      { value: 's-3', text: '17 Dec 2026: 1 case on the agenda' },
    ]);
  });

  it('offers the next sitting first, else the earliest open one, else none', () => {
    expect(defaultAgendaSitting(sittings, 's-3')).toBe('s-3');
    expect(defaultAgendaSitting(sittings, null)).toBe('s-2');
    expect(defaultAgendaSitting([sittings[1]], null)).toBe('');
  });
});

describe('the API’s refusal to list a case', () => {
  it('names the child rather than the case’s id', () => {
    const message =
      'Cannot list case 0b6f5c9e-1111-4222-8333-944455556666 for the sitting of 2026-12-03: the case has no parental consent recorded: record consent (who gave it, when, and its scope) before listing it for panel.';
    expect(agendaRefusal(message, '0b6f5c9e-1111-4222-8333-944455556666', 'Ottoline Quarrendon-Vyse')).toBe(
      'Cannot list Ottoline Quarrendon-Vyse for the sitting of 2026-12-03: the case has no parental consent recorded: record consent (who gave it, when, and its scope) before listing it for panel.',
    );
    expect(agendaRefusal('The sitting has changed since you loaded it.', 'c-1', 'Ottoline')).toBe('The sitting has changed since you loaded it.');
  });
});

describe('the panel shown', () => {
  it('is the one asked for when it is the user’s, else their first', () => {
    const panels = [{ id: 'p-1' }, { id: 'p-2' }];
    expect(chosenPanel('p-2', panels)).toBe('p-2');
    expect(chosenPanel('p-9', panels)).toBe('p-1');
    expect(chosenPanel(null, panels)).toBe('p-1');
    expect(chosenPanel('p-1', [])).toBeNull();
  });
});

describe('the message after a change to a case', () => {
  it('says what was recorded and where the case now stands', () => {
    expect(caseStateMessage('Consent recorded', aCase({ state: 'ready', consentRecorded: true, risk: 'high' }))).toBe('Consent recorded for Ottoline Quarrendon-Vyse. The case is now ready for panel.');
    expect(caseStateMessage('Pre-panel risk recorded', aCase({ state: 'on-agenda', consentRecorded: true, risk: 'low' }))).toBe(
      'Pre-panel risk recorded for Ottoline Quarrendon-Vyse. The case is now on agenda.',
    );
  });

  it('says what a case still needs before it can be listed', () => {
    expect(caseStateMessage('Pre-panel risk recorded', aCase({ state: 'new', consentRecorded: false, risk: 'high' }))).toBe(
      'Pre-panel risk recorded for Ottoline Quarrendon-Vyse. The case still needs parental consent before it can be listed.',
    );
    expect(caseStateMessage('Consent recorded', aCase({ state: 'consent', consentRecorded: true, risk: null }))).toBe(
      'Consent recorded for Ottoline Quarrendon-Vyse. The case still needs the pre-panel risk before it can be listed.',
    );
  });
});
