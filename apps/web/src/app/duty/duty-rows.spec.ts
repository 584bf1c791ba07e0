import { DutyListView } from '@camhs/contracts';
import { aRow } from './duty-row.testing';
import { claimText, daysText, detailText, rowActions, rowKey, sectionCounts, whenText } from './duty-rows';

const dana = { userId: 'u-dana', name: 'Dana Duty (demo)', at: '2026-11-22T09:15:00.000Z' };

describe('when a row fell due', () => {
  it('says a review is due today, or how many days overdue it is', () => {
    expect(whenText(aRow({ dueOn: '2026-11-22', daysOverdue: 0 }))).toBe('Due today (22 Nov 2026)');
    expect(whenText(aRow({ dueOn: '2026-11-13', daysOverdue: 9 }))).toBe('Due 13 Nov 2026: 9 days overdue');
    expect(whenText(aRow({ dueOn: '2026-11-21', daysOverdue: 1 }))).toBe('Due 21 Nov 2026: 1 day overdue');
  });

  it('words the other kinds by what the date is', () => {
    expect(whenText(aRow({ kind: 'screening', dueOn: '2026-11-20', daysOverdue: 2 }))).toBe('Received 20 Nov 2026: 2 days ago');
    expect(whenText(aRow({ kind: 'screening', dueOn: '2026-11-22', daysOverdue: 0 }))).toBe('Received today (22 Nov 2026)');
    expect(whenText(aRow({ kind: 'lead-professional-allocation', taskId: null, rating: 'RED', dueOn: '2026-11-08', daysOverdue: 14 }))).toBe(
      'Rated red on 8 Nov 2026: 14 days without a lead professional',
    );
    expect(
      whenText(aRow({ kind: 'safeguarding', subjectId: 's-1', dueOn: '2026-11-19', safeguarding: { reason: 'dna', owner: { kind: 'duty' }, version: 1 } })),
    ).toBe('Did not attend (DNA) on 19 Nov 2026');
    // 09:15 UTC in November is 09:15 in London (GMT); in June it would read an hour later.
    const contact = { kind: 'call' as const, receivedAt: '2026-11-22T09:15:00.000Z', caller: 'mother', summary: 'Worried about sleep', version: 1 };
    expect(whenText(aRow({ kind: 'contact', subjectId: 'k-1', contact }))).toBe('Telephone call received 22 Nov 2026, 09:15:00');
    expect(whenText(aRow({ kind: 'contact', subjectId: 'k-1', contact: { ...contact, kind: 'letter', receivedAt: '2026-06-01T08:00:00.000Z' } }))).toBe(
      'Letter received 1 Jun 2026, 09:00:00',
    );
  });
});

describe('what a row is about and who holds it', () => {
  it('names the caller and the safeguarding decision’s owner', () => {
    const contact = { kind: 'call' as const, receivedAt: '2026-11-22T09:15:00.000Z', caller: 'school SENCo', summary: 'Refusing school', version: 2 };
    expect(detailText(aRow({ kind: 'contact', contact }))).toBe('From school SENCo: Refusing school');
    expect(detailText(aRow({ kind: 'safeguarding', safeguarding: { reason: 'no-response', owner: { kind: 'duty' }, version: 1 } }))).toBe('Decision for: Duty');
    expect(
      detailText(aRow({ kind: 'safeguarding', safeguarding: { reason: 'dna', owner: { kind: 'lead-professional', userId: 'u-lee', name: 'Lee Lead (demo)' }, version: 1 } })),
    ).toBe('Decision for: Lee Lead (demo) (lead professional)');
    expect(detailText(aRow())).toBeNull();
  });

  it('says who claimed the task, “you” for the signed-in user', () => {
    expect(claimText(aRow(), 'u-dana')).toBe('Not claimed');
    expect(claimText(aRow({ claim: dana }), 'u-dana')).toBe('Claimed by you at 22 Nov 2026, 09:15:00');
    expect(claimText(aRow({ claim: dana }), 'u-lee')).toBe('Claimed by Dana Duty (demo) at 22 Nov 2026, 09:15:00');
    expect(claimText(aRow({ kind: 'lead-professional-allocation', taskId: null }), 'u-dana')).toBeNull();
  });

  it('counts days in words', () => {
    expect([daysText(0), daysText(1), daysText(91)]).toEqual(['0 days', '1 day', '91 days']);
  });
});

describe('what the signed-in user may do with a row', () => {
  it('claims an unclaimed task and records its work', () => {
    expect(rowActions(aRow(), 'u-dana', false)).toEqual({ claim: true, release: false, work: 'review', agenda: false });
    expect(rowActions(aRow({ kind: 'screening' }), 'u-dana', false).work).toBe('screen');
    expect(rowActions(aRow({ kind: 'contact' }), 'u-dana', false).work).toBe('respond');
    expect(rowActions(aRow({ kind: 'safeguarding' }), 'u-dana', false).work).toBe('decide');
  });

  it('releases its own claim; only a manager releases someone else’s, and nobody works a task someone else holds', () => {
    expect(rowActions(aRow({ claim: dana }), 'u-dana', false)).toEqual({ claim: false, release: true, work: 'review', agenda: false });
    expect(rowActions(aRow({ claim: dana }), 'u-lee', false)).toEqual({ claim: false, release: false, work: null, agenda: false });
    expect(rowActions(aRow({ claim: dana }), 'u-morgan', true)).toEqual({ claim: false, release: true, work: null, agenda: false });
  });

  it('sends a RED child without a lead professional to the agenda, and records no review without its task', () => {
    expect(rowActions(aRow({ kind: 'lead-professional-allocation', taskId: null, rating: 'RED' }), 'u-dana', true)).toEqual({
      claim: false,
      release: false,
      work: null,
      agenda: true,
    });
    expect(rowActions(aRow({ taskId: null }), 'u-dana', false)).toEqual({ claim: false, release: false, work: null, agenda: false });
    // A call can be answered before anyone has opened its task.
    expect(rowActions(aRow({ kind: 'contact', taskId: null, subjectId: 'k-1' }), 'u-dana', false).work).toBe('respond');
  });

  it('keys rows by kind and task (or subject, or referral)', () => {
    expect(rowKey(aRow())).toBe('review-t-1');
    expect(rowKey(aRow({ kind: 'contact', taskId: null, subjectId: 'k-1' }))).toBe('contact-k-1');
    expect(rowKey(aRow({ kind: 'lead-professional-allocation', taskId: null }))).toBe('lead-professional-allocation-r-1');
  });
});

describe('the counts at the top', () => {
  it('gives each section’s total in page order, and says when a section lists fewer rows than it counts', () => {
    const view: DutyListView = {
      team: 'generic-outpatient',
      teamName: 'Generic outpatient',
      today: '2026-11-22',
      limit: 2,
      counts: { reviewsDueToday: 2, overdue: 5, newReferralsToScreen: 0, redWithoutLeadProfessional: 1, safeguardingDecisions: 0, callsAndLetters: 0 },
      sections: {
        reviewsDueToday: [aRow(), aRow({ taskId: 't-2' })],
        overdue: [aRow({ taskId: 't-3' }), aRow({ taskId: 't-4' })],
        newReferralsToScreen: [],
        redWithoutLeadProfessional: [aRow()],
        safeguardingDecisions: [],
        callsAndLetters: [],
      },
    };
    expect(sectionCounts(view)).toEqual([
      { section: 'reviewsDueToday', label: 'Reviews due today', count: 2, shown: null },
      { section: 'overdue', label: 'Overdue reviews', count: 5, shown: 'Showing 2 of 5' },
      { section: 'newReferralsToScreen', label: 'New referrals to screen', count: 0, shown: null },
      { section: 'redWithoutLeadProfessional', label: 'RED without a lead professional', count: 1, shown: null },
      { section: 'safeguardingDecisions', label: 'DNA / no response — safeguarding decision needed', count: 0, shown: null },
      { section: 'callsAndLetters', label: 'Calls and letters to respond to', count: 0, shown: null },
    ]);
  });
});
