import { AgendaItemView, PanelAllocationView, PanelDecisionView, RecordDecisionResult } from '@camhs/contracts';
import {
  attendanceRequest,
  attendanceText,
  carriedMessages,
  chosenItem,
  closeWarning,
  decidable,
  decisionMessage,
  itemStatus,
  sittingWork,
  unresolved,
} from './sitting-rules';

const decision = (outcome: PanelDecisionView['outcome']): PanelDecisionView => ({
  id: `d-${outcome}`,
  sittingId: 's-1',
  sitsOn: '2025-11-06',
  outcome,
  reason: 'because',
  recordedBy: 'Pat Panel (demo)',
  recordedAt: '2025-11-06T11:00:00.000Z',
});

const item = (id: string, childName: string, overrides: Partial<AgendaItemView> = {}): AgendaItemView => ({
  id,
  position: 1,
  caseId: `c-${id}`,
  caseVersion: 3,
  childName,
  school: 'Oakham Primary',
  risk: 'high',
  need: 'n',
  carriedFrom: null,
  afterPack: false,
  decision: null,
  carried: false,
  ...overrides,
});

const undecided = item('i-1', 'Clementine Yarrowby-Frisk');
const allocated = item('i-2', 'Marigold Quenby-Thistlewood', { decision: decision('allocated') });
const deferred = item('i-3', 'Ezekiel Brackenridge-Moult', { decision: decision('deferred') });
const notAllocated = item('i-4', 'Barnaby Fettercairn-Oddsworth', { decision: decision('not-allocated') });

describe('where an agenda item stands', () => {
  it('is unresolved with no decision or deferred, until carried on', () => {
    expect([undecided, allocated, deferred, notAllocated].map(unresolved)).toEqual([true, false, true, false]);
    expect(unresolved({ ...deferred, carried: true })).toBe(false);
    expect([undecided, allocated, deferred].map(decidable)).toEqual([true, false, false]);
  });

  it('is said in words on the agenda', () => {
    expect(itemStatus(undecided)).toBe('Waiting for a decision');
    expect(itemStatus(allocated)).toBe('Interventions allocated');
    expect(itemStatus(notAllocated)).toBe('Not allocated');
    expect(itemStatus(deferred)).toBe('Deferred: carries to the next sitting when this one closes');
    expect(itemStatus({ ...deferred, carried: true })).toBe('Deferred; carried to the next sitting');
    expect(itemStatus({ ...undecided, carried: true })).toBe('Not decided; carried to the next sitting');
  });

  it('opens on the item asked for, else the first still to decide', () => {
    const items = [allocated, undecided, deferred];
    expect(chosenItem('i-3', items)).toBe(deferred);
    expect(chosenItem(null, items)).toBe(undecided);
    expect(chosenItem('gone', [allocated])).toBe(allocated);
    expect(chosenItem(null, [])).toBeNull();
  });
});

describe('what can be done at a sitting, and when', () => {
  const sitting = { sitsOn: '2025-11-06', agendaIssuedAt: null, closedAt: null, items: [undecided] };

  it('issues the agenda before the day; decides, records attendance and closes from the day', () => {
    expect(sittingWork(sitting, '2025-11-05')).toEqual({
      notYet: 'Decisions and attendance are recorded from 6 Nov 2025, the day of the sitting.',
      canIssue: true,
      canRecord: false,
      canClose: false,
    });
    expect(sittingWork(sitting, '2025-11-06')).toEqual({ notYet: null, canIssue: true, canRecord: true, canClose: true });
  });

  it('issues an agenda once, and only with a case on it', () => {
    expect(sittingWork({ ...sitting, agendaIssuedAt: '2025-11-01T09:00:00.000Z' }, '2025-11-05').canIssue).toBe(false);
    expect(sittingWork({ ...sitting, items: [] }, '2025-11-05').canIssue).toBe(false);
  });

  it('does nothing more once closed', () => {
    expect(sittingWork({ ...sitting, closedAt: '2025-11-06T16:00:00.000Z' }, '2025-11-07')).toEqual({ notYet: null, canIssue: false, canRecord: false, canClose: false });
  });
});

describe('closing a sitting', () => {
  it('warns what will carry over', () => {
    expect(closeWarning([allocated, notAllocated])).toBe('Every case on the agenda has a decision. Closing completes the sitting’s record.');
    expect(closeWarning([allocated, deferred])).toBe('1 case has no decision or was deferred: closing the sitting carries it to the next sitting.');
    expect(closeWarning([undecided, allocated, deferred])).toBe('2 cases have no decision or were deferred: closing the sitting carries them to the next sitting.');
  });

  it('says where each unresolved case went', () => {
    const closedSitting = { id: 's-1', panel: { id: 'p-1', name: 'Primary Phase Panel' }, sitsOn: '2025-11-06', agendaIssuedAt: null, pack: null, closedAt: '2025-11-06T16:00:00.000Z', attendance: [], items: [], version: 9 };
    expect(
      carriedMessages(
        {
          sitting: closedSitting,
          carried: [
            { caseId: 'c-i-1', toSittingId: 's-2', toSitsOn: '2025-11-20' },
            { caseId: 'c-i-3', toSittingId: null, toSitsOn: null },
          ],
        },
        [undecided, allocated, deferred],
      ),
    ).toEqual([
      'The sitting of 6 Nov 2025 is closed. 2 cases carried over:',
      'Clementine Yarrowby-Frisk: to the sitting of 20 Nov 2025',
      'Ezekiel Brackenridge-Moult: no sitting is scheduled yet; it joins the next one scheduled',
    ]);
    expect(carriedMessages({ sitting: closedSitting, carried: [] }, [allocated])).toEqual(['The sitting of 6 Nov 2025 is closed. Nothing was left to carry over.']);
  });
});

describe('attendance', () => {
  const attendance = [
    { memberId: 'm-1', name: 'Priya Member', agency: 'Educational Psychology', present: null },
    { memberId: 'm-2', name: 'Tom Member', agency: 'SENCo network', present: null },
    { memberId: 'm-3', name: 'Ana Member', agency: 'Early Help', present: null },
  ];

  it('sends every member, present when ticked, with the sitting’s version', () => {
    expect(attendanceRequest({ attendance, version: 5 }, new Set(['m-1', 'm-3']))).toEqual({
      version: 5,
      attendance: [
        { memberId: 'm-1', present: true },
        { memberId: 'm-2', present: false },
        { memberId: 'm-3', present: true },
      ],
    });
  });

  it('counts those present once recorded', () => {
    expect(attendanceText(attendance)).toBe('Attendance not recorded yet');
    expect(attendanceText([{ ...attendance[0], present: true }, { ...attendance[1], present: false }, { ...attendance[2], present: true }])).toBe('2 of 3 members present');
  });
});

describe('the message after a decision', () => {
  const allocation = (id: string, costPence: number): PanelAllocationView => ({
    id,
    caseId: 'c-i-2',
    decisionId: 'd-allocated',
    entryId: 'e-1',
    intervention: 'Specialist counselling',
    provider: 'Kindred Counselling',
    unit: 'hours',
    unitsPerWeek: 1,
    weeks: 6,
    units: 6,
    startOn: '2025-11-10',
    financialYear: '2025-26',
    blockUnits: 6,
    spotUnits: 0,
    unitCostPence: 4500,
    spotPricePence: 6000,
    blockCostPence: costPence,
    spotCostPence: 0,
    costPence,
    budgetOverrideReason: null,
    overBudgetByPence: 0,
    status: 'active',
    nextReviewOn: '2026-03-31',
  });
  const result = (outcome: PanelDecisionView['outcome'], costs: number[]): RecordDecisionResult => ({
    decision: decision(outcome),
    allocations: costs.map((cost, i) => allocation(`a-${i}`, cost)),
    actions: [],
    caseState: 'allocated',
    caseVersion: 4,
  });

  it('says what was allocated and what it costs', () => {
    // £270.00 + £1,120.00 = £1,390.00
    expect(decisionMessage(result('allocated', [27_000, 112_000]), 'Marigold Quenby-Thistlewood')).toBe(
      'Decision recorded for Marigold Quenby-Thistlewood: 2 interventions allocated, costing £1,390.00.',
    );
    expect(decisionMessage(result('allocated', [27_000]), 'Marigold Quenby-Thistlewood')).toBe('Decision recorded for Marigold Quenby-Thistlewood: 1 intervention allocated, costing £270.00.');
    expect(decisionMessage(result('deferred', []), 'Ezekiel Brackenridge-Moult')).toBe('Decision recorded for Ezekiel Brackenridge-Moult: deferred to the next sitting.');
  });
});
