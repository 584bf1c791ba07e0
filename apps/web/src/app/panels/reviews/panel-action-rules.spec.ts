import { actionDoneMessage, actionRows, toCompleteActionRequest, validateActionDone } from './panel-action-rules';
import { testAction } from './panel-follow-up.testing';

describe('the actions to do', () => {
  it('says where each stands today and when the worker reminded about it', () => {
    const rows = actionRows([testAction({ remindedAt: '2025-11-24T09:00:00.000Z' }), testAction({ id: 'x-2', dueOn: '2025-12-10' })], '2025-11-28');
    expect(rows.map((r) => [r.action.id, r.due.tag, r.due.text, r.reminded])).toEqual([
      // 24 November is in GMT: 09:00 in England.
      ['x-1', 'Overdue', 'Overdue by 1 day (due 27 Nov 2025)', 'Reminder sent 24 Nov 2025, 09:00:00'],
      ['x-2', 'Due', 'Due in 12 days (10 Dec 2025)', null],
    ]);
    // In summer England is an hour ahead of UTC.
    expect(actionRows([testAction({ remindedAt: '2026-07-01T09:00:00.000Z' })], '2026-07-01')[0].reminded).toBe('Reminder sent 1 Jul 2026, 10:00:00');
  });
});

describe('marking an action done', () => {
  it('takes an optional note of at most 4,000 characters', () => {
    expect(validateActionDone({ doneNote: '' })).toEqual({});
    expect(validateActionDone({ doneNote: 'x'.repeat(4000) })).toEqual({});
    expect(validateActionDone({ doneNote: 'x'.repeat(4001) })).toEqual({ doneNote: ['What was done must be 4000 characters or fewer'] });
  });

  it('sends the action’s version and the trimmed note, or none', () => {
    expect(toCompleteActionRequest({ doneNote: '  Sent by email ' }, 2)).toEqual({ version: 2, note: 'Sent by email' });
    expect(toCompleteActionRequest({ doneNote: '   ' }, 1)).toEqual({ version: 1, note: null });
  });

  it('says which action was done, for whom', () => {
    expect(actionDoneMessage(testAction())).toBe('Action for Wilhelmina Ashcombe-Trigg marked done: Send the family the provider’s details');
  });
});
