import { DutySchedule } from '@camhs/application';
import type { DutyContactView, DutyListRow, DutyListView, RecordDutyReviewResult, ReferralView, RespondToContactResult, SafeguardingDecisionView } from '@camhs/contracts';
import { RISK_DOMAINS } from '@camhs/domain';
import { configureQueueBackend } from '@camhs/queues';
import { ApiClient, TEST_PASSWORD, createTestUser, itConfig } from '@camhs/server-testing';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApi } from '../create-api';
import { TestReferral, createDutyTeam, newReferral, waitingChild } from './duty.int-fixtures';

const TEAM = 'dutywork-team';
/** A team that skips access (like the Young People's Team): its new referrals start in assessment. */
const BYPASS_TEAM = 'dutywork-bypass';

const AMBER_CHECKLIST = ['risk-assessment-and-care-plan-reviewed', 'guided-self-help-given', 'waiting-list-letter-sent', 'rag-recall-updated', 'duty-survey-sent'];
const GREEN_CHECKLIST = ['risk-assessment-and-care-plan-reviewed', 'guided-self-help-given', 'rag-recall-updated', 'duty-survey-sent'];
const allDone = (items: string[]) => items.map((item) => ({ item, done: true }));
const noRisks = () => RISK_DOMAINS.map((d) => ({ domain: d.id, present: false }));

/**
 * Recording reviews, calls and letters, safeguarding decisions after a DNA, and screening, over
 * HTTP. Review dates are given explicitly (in the past), so each next due date is worked out by
 * hand: AMBER + 91 days, RED at the interval the review sets.
 */
describe('working the duty list', () => {
  let app: INestApplication;
  let db: DataSource;
  let duty: ApiClient;
  let colleague: ApiClient;
  let lead: ApiClient;
  let outsider: ApiClient;
  const kids: Record<string, TestReferral> = {};

  const list = async (): Promise<DutyListView> => {
    const res = await duty.get(`/duty/today?team=${TEAM}`);
    expect(res.status).toBe(200);
    return res.json();
  };
  const rowOf = (rows: DutyListRow[], key: string) => rows.find((r) => r.referralId === kids[key].referralId);
  const reviewTaskOf = async (key: string): Promise<string> => {
    const row = rowOf((await list()).sections.overdue, key);
    if (!row?.taskId) throw new Error(`no overdue review listed for ${key}`);
    return row.taskId;
  };
  const referral = async (key: string): Promise<ReferralView> => (await duty.get(`/referrals/${kids[key].referralId}`)).json();
  const fields = async (res: Response) => ((await res.json()).errors as { field: string }[]).map((e) => e.field);

  beforeAll(async () => {
    const config = itConfig('postgres', 'dutywork', { SIGN_IN_RATE_PER_MINUTE: '1000' });
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    const base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    const schedule = app.get(DutySchedule);
    await createDutyTeam(db, TEAM);
    await createDutyTeam(db, BYPASS_TEAM, true);
    await createTestUser(db, 'dutywork.duty', ['duty-clinician'], [TEAM, BYPASS_TEAM]);
    await createTestUser(db, 'dutywork.colleague', ['duty-clinician'], [TEAM]);
    const lpId = await createTestUser(db, 'dutywork.lead', ['lead-professional'], [TEAM]);
    await createTestUser(db, 'dutywork.outsider', ['duty-clinician'], ['crisis']);
    [duty, colleague, lead, outsider] = await Promise.all(['duty', 'colleague', 'lead', 'outsider'].map((u) => ApiClient.signedIn(base, `dutywork.${u}`, TEST_PASSWORD)));
    const child = async (key: string, givenName: string, familyName: string, extra: Partial<Parameters<typeof waitingChild>[2]>) => {
      kids[key] = await waitingChild(db, schedule, { team: TEAM, givenName, familyName, waitingSince: '2026-05-01', ...extra });
    };
    // AMBER rated 2026-06-01: due 06-01 + 91 = 08-31 (29 days to 06-30, 31 to 07-31, 31 to 08-31).
    await child('amber', 'Perpetua', 'Amberwick', { rag: 'AMBER', ragSetOn: '2026-06-01' });
    // GREEN rated 2026-03-02: due + 182 = 2026-08-31.
    await child('green', 'Quintessa', 'Greenhollow', { rag: 'GREEN', ragSetOn: '2026-03-02', waitingSince: '2026-03-01' });
    // AMBER rated 2026-07-01: due + 91 = 2026-09-30.
    await child('caller', 'Rhiannon', 'Callowby', { rag: 'AMBER', ragSetOn: '2026-07-01', waitingSince: '2026-06-01' });
    // Not rated yet, waiting since 2026-09-01: due that day.
    await child('unrated', 'Wilhelmina', 'Unratedfield', { waitingSince: '2026-09-01' });
    await child('dnaAmber', 'Saffron', 'Dnaworth', { rag: 'AMBER', ragSetOn: '2026-07-01' });
    // AMBER rated 2026-06-01 whose family already had the waiting-list (opt-in) letter: due 08-31, as 'amber'.
    await child('optedIn', 'Valentina', 'Optinshaw', { rag: 'AMBER', ragSetOn: '2026-06-01' });
    await child('dnaRed', 'Tobias', 'Redgrave', { rag: 'RED', ragSetOn: '2026-10-01', leadProfessional: { id: lpId, name: 'dutywork.lead' } });
    kids['toScreen'] = await newReferral(db, { team: TEAM, givenName: 'Ulysses', familyName: 'Screenwell', receivedOn: '2026-11-01' });
  });

  afterAll(async () => {
    await app?.close();
  });

  describe('recording a review from the list', () => {
    const review = (overrides: Record<string, unknown> = {}) => ({
      version: 1,
      reviewedOn: '2026-10-01',
      contactType: 'telephone',
      checklist: [...allDone(AMBER_CHECKLIST.slice(0, 4)), { item: 'duty-survey-sent', done: false }],
      outcome: { rating: 'AMBER' },
      note: 'Spoke with mother; coping, self-help pack discussed.',
      ...overrides,
    });

    it('refuses a checklist with an item unanswered, naming it, and writes nothing', async () => {
      const taskId = await reviewTaskOf('amber');
      expect(rowOf((await list()).sections.overdue, 'amber')?.dueOn).toBe('2026-08-31');
      const res = await duty.post(`/duty/tasks/${taskId}/review`, review({ checklist: allDone(AMBER_CHECKLIST.slice(0, 4)) }));
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.errors).toEqual([{ field: 'checklist.duty-survey-sent', messages: ['answer “Duty survey sent” (done or not done)'] }]);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM duty_review WHERE referral_id = $1`, [kids['amber'].referralId]);
      expect(n).toBe(0);
    });

    it('refuses a stale referral version (409) and a changed rating without the six risk domains (400)', async () => {
      const taskId = await reviewTaskOf('amber');
      const stale = await duty.post(`/duty/tasks/${taskId}/review`, review({ version: 7 }));
      expect(stale.status).toBe(409);
      expect((await stale.json()).message).toMatch(/version 1; you sent 7/);
      expect(await fields(await duty.post(`/duty/tasks/${taskId}/review`, review({ outcome: { rating: 'RED' } })))).toEqual(['outcome.findings']);
      expect(await fields(await duty.post(`/duty/tasks/${taskId}/review`, review({ reviewedOn: '2026-05-31' })))).toEqual(['reviewedOn']); // before the rating (06-01)
      expect(await fields(await duty.post(`/duty/tasks/${taskId}/review`, review({ escalation: { actions: ['crisis-referral'], at: '2099-01-01T00:00:00Z' } })))).toEqual([
        'escalation.at',
      ]);
    });

    it('records an AMBER review kept AMBER, with its escalation, and plans the next one 91 days on', async () => {
      const taskId = await reviewTaskOf('amber');
      await colleague.post(`/duty/tasks/${taskId}/claim`);
      const held = await duty.post(`/duty/tasks/${taskId}/review`, review());
      expect(held.status).toBe(409);
      expect((await held.json()).message).toMatch(/dutywork\.colleague claimed this task/);
      await colleague.post(`/duty/tasks/${taskId}/release`);

      const res = await duty.post(`/duty/tasks/${taskId}/review`, review({ escalation: { actions: ['face-to-face-offered'], at: '2026-10-01T10:30:00Z' } }));
      expect(res.status).toBe(201);
      const result = (await res.json()) as RecordDutyReviewResult;
      // 2026-10-01 + 91: 30 days to 10-31, 60 to 11-30, 91 to 12-31.
      expect(result).toMatchObject({ reviewedOn: '2026-10-01', ratingBefore: 'AMBER', ratingAfter: 'AMBER', riskAssessmentId: null, referralVersion: 1 });
      // The waiting-list letter was ticked as sent: it is the opt-in letter, queued for the family, so no more are planned.
      expect(result.plan).toEqual({ rating: 'AMBER', intervalDays: 91, nextReviewOn: '2026-12-31', nextLetterOn: null });
      expect(result.escalations).toEqual([{ action: 'face-to-face-offered', at: '2026-10-01T10:30:00.000Z' }]);
      const waitingListLetters = await db.query(
        `SELECT recipient, status, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM letter WHERE referral_id = $1 AND kind = 'waiting-list'`,
        [kids['amber'].referralId],
      );
      expect(waitingListLetters).toEqual([{ recipient: 'family', status: 'queued', due_on: '2026-10-01' }]);

      const [row] = await db.query(
        `SELECT dr.checklist, dr.checklist_not_done, dr.contact_type, a.kind, a.status, to_char(a.date, 'YYYY-MM-DD') AS date, t.completed_at IS NOT NULL AS done, u.username
           FROM duty_review dr JOIN appointment a ON a.id = dr.appointment_id JOIN duty_task t ON t.id = dr.task_id JOIN app_user u ON u.id = t.completed_by
          WHERE dr.id = $1`,
        [result.reviewId],
      );
      expect(row).toEqual({
        checklist: AMBER_CHECKLIST.slice(0, 4),
        checklist_not_done: ['duty-survey-sent'],
        contact_type: 'telephone',
        kind: 'duty-review',
        status: 'attended',
        date: '2026-10-01',
        done: true,
        username: 'dutywork.duty',
      });
      const again = await duty.post(`/duty/tasks/${taskId}/review`, review());
      expect(again.status).toBe(409);
      expect((await again.json()).message).toMatch(/already completed by dutywork\.duty/);
    });

    it('an AMBER child whose opt-in letter has gone: listed as such, reviewed on four items, and no second letter', async () => {
      await db.query(`INSERT INTO letter (referral_id, kind, recipient, due_on) VALUES ($1, 'waiting-list', 'family', '2026-06-15')`, [kids['optedIn'].referralId]);
      const row = rowOf((await list()).sections.overdue, 'optedIn');
      expect(row).toMatchObject({ rating: 'AMBER', dueOn: '2026-08-31', optInLetterSent: true });
      expect(rowOf((await list()).sections.overdue, 'green')?.optInLetterSent).toBe(false);
      const taskId = row?.taskId ?? '';
      const five = await duty.post(`/duty/tasks/${taskId}/review`, review({ checklist: allDone(AMBER_CHECKLIST) }));
      expect(five.status).toBe(400);
      expect((await five.json()).errors).toEqual([
        { field: 'checklist.waiting-list-letter-sent', messages: ['the waiting-list (opt-in) letter has already been sent to the family, so this item is not on the checklist'] },
      ]);
      const four = AMBER_CHECKLIST.filter((i) => i !== 'waiting-list-letter-sent');
      const res = await duty.post(`/duty/tasks/${taskId}/review`, review({ checklist: allDone(four) }));
      expect(res.status).toBe(201);
      // 10-01 + 91 = 12-31; no letter planned, and still the one letter.
      expect(((await res.json()) as RecordDutyReviewResult).plan).toEqual({ rating: 'AMBER', intervalDays: 91, nextReviewOn: '2026-12-31', nextLetterOn: null });
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM letter WHERE referral_id = $1 AND kind = 'waiting-list'`, [kids['optedIn'].referralId]);
      expect(n).toBe(1);
    });

    it('raises a GREEN child to RED: a reason and the six domains recorded as a risk assessment, re-planned at the RED interval, on the meeting agenda', async () => {
      const taskId = await reviewTaskOf('green');
      const findings = noRisks().map((f) => (f.domain === 'self' ? { domain: 'self', present: true, note: 'Recent self-harm disclosed at school.' } : f));
      const raise = { checklist: allDone(GREEN_CHECKLIST), outcome: { rating: 'RED', findings, redIntervalDays: 7 } };
      expect(await fields(await duty.post(`/duty/tasks/${taskId}/review`, review(raise)))).toEqual(['outcome.reason']);
      // The GREEN checklist applies (the rating in force), not the AMBER one.
      expect(await fields(await duty.post(`/duty/tasks/${taskId}/review`, review({ ...raise, checklist: allDone(AMBER_CHECKLIST) })))).toEqual(['checklist']);

      const res = await duty.post(`/duty/tasks/${taskId}/review`, review({ ...raise, outcome: { ...raise.outcome, reason: 'Self-harm disclosed' } }));
      expect(res.status).toBe(201);
      const result = (await res.json()) as RecordDutyReviewResult;
      // 2026-10-01 + 7 days.
      expect(result).toMatchObject({ ratingBefore: 'GREEN', ratingAfter: 'RED', onTeamMeetingAgenda: true, referralVersion: 2 });
      expect(result.plan).toEqual({ rating: 'RED', intervalDays: 7, nextReviewOn: '2026-10-08', nextLetterOn: null });
      const [assessment] = await db.query(`SELECT rating, previous_rating, reason, to_char(assessed_on, 'YYYY-MM-DD') AS on FROM risk_assessment WHERE id = $1`, [result.riskAssessmentId]);
      expect(assessment).toEqual({ rating: 'RED', previous_rating: 'GREEN', reason: 'Self-harm disclosed', on: '2026-10-01' });
      expect(await referral('green')).toMatchObject({ rag: 'RED', ragSetOn: '2026-10-01', version: 2 });

      const view = await list();
      expect(rowOf(view.sections.redWithoutLeadProfessional, 'green')?.dueOn).toBe('2026-10-01');
      expect(rowOf(view.sections.overdue, 'green')).toMatchObject({ rating: 'RED', dueOn: '2026-10-08' });
    });

    it('rates a child not yet rated: the checklist of the rating given, the six domains, no reason needed', async () => {
      const taskId = await reviewTaskOf('unrated');
      expect(rowOf((await list()).sections.overdue, 'unrated')).toMatchObject({ rating: null, dueOn: '2026-09-01' });
      const rate = { checklist: allDone(GREEN_CHECKLIST), outcome: { rating: 'GREEN', findings: noRisks() } };
      expect(await fields(await duty.post(`/duty/tasks/${taskId}/review`, review({ ...rate, outcome: { rating: 'GREEN' } })))).toEqual(['outcome.findings']);
      const res = await duty.post(`/duty/tasks/${taskId}/review`, review(rate));
      expect(res.status).toBe(201);
      const result = (await res.json()) as RecordDutyReviewResult;
      // GREEN from 2026-10-01: review + 182 (31 to 11-01, 61 to 12-01, 92 to 01-01, 123 to 02-01, 151 to 03-01, 182 to 04-01); letter + 91 → 12-31.
      expect(result).toMatchObject({ ratingBefore: null, ratingAfter: 'GREEN', referralVersion: 2 });
      expect(result.plan).toEqual({ rating: 'GREEN', intervalDays: 182, nextReviewOn: '2027-04-01', nextLetterOn: '2026-12-31' });
    });
  });

  describe('calls and letters', () => {
    let call: DutyContactView;

    it('logs a call and a letter; each shows, dated the London day it came, until responded to', async () => {
      expect(await fields(await duty.post(`/referrals/${kids['caller'].referralId}/contacts`, { kind: 'call', receivedAt: '2099-01-01T09:00:00Z', caller: 'mother', summary: 'x' }))).toEqual(['receivedAt']);
      expect(await fields(await duty.post(`/referrals/${kids['caller'].referralId}/contacts`, { kind: 'call', caller: ' ', summary: 'x' }))).toEqual(['caller']);
      // 23:30 UTC on 1 July is 00:30 on 2 July in London (BST); 23:30 UTC on 2 November is still 2 November (GMT).
      const res = await duty.post(`/referrals/${kids['caller'].referralId}/contacts`, { kind: 'call', receivedAt: '2026-07-01T23:30:00Z', caller: 'mother', summary: 'Worried about sleep' });
      expect(res.status).toBe(201);
      call = await res.json();
      await duty.post(`/referrals/${kids['caller'].referralId}/contacts`, { kind: 'letter', receivedAt: '2026-11-02T23:30:00Z', caller: 'GP', summary: 'Asks for an update' });
      const rows = (await list()).sections.callsAndLetters.filter((r) => r.referralId === kids['caller'].referralId);
      expect(rows.map((r) => [r.contact?.kind, r.dueOn, r.rating])).toEqual([
        ['call', '2026-07-02', 'AMBER'],
        ['letter', '2026-11-02', 'AMBER'],
      ]);
      expect(rows[0]).toMatchObject({ kind: 'contact', subjectId: call.id, taskId: call.taskId });
    });

    it('records a review with a response that reviews the child, re-planning one full interval on', async () => {
      const base = { version: 1, response: 'Phoned back; sleep advice given.' };
      const reviewed = { version: 1, reviewedOn: '2026-10-15', contactType: 'telephone', checklist: allDone(AMBER_CHECKLIST), outcome: { rating: 'AMBER' } };
      const bad = await duty.post(`/duty/contacts/${call.id}/respond`, { ...base, review: { ...reviewed, checklist: allDone(AMBER_CHECKLIST).slice(0, 1).concat(allDone(AMBER_CHECKLIST).slice(2)) } });
      expect(await fields(bad)).toEqual(['review.checklist.guided-self-help-given']);
      expect((await duty.post(`/duty/contacts/${call.id}/respond`, { ...base, version: 9 })).status).toBe(409);

      const res = await duty.post(`/duty/contacts/${call.id}/respond`, { ...base, review: reviewed });
      expect(res.status).toBe(200);
      const result = (await res.json()) as RespondToContactResult;
      expect(result.contact).toMatchObject({ respondedBy: 'dutywork.duty', response: 'Phoned back; sleep advice given.', version: 2 });
      // 2026-10-15 + 91: 16 days to 10-31, 46 to 11-30, 77 to 12-31, 91 to 2027-01-14.
      expect(result.review?.plan?.nextReviewOn).toBe('2027-01-14');
      const [dr] = await db.query(`SELECT contact_id FROM duty_review WHERE id = $1`, [result.review?.reviewId]);
      expect(dr.contact_id).toBe(call.id);
      const view = await list();
      expect(view.sections.callsAndLetters.map((r) => r.subjectId)).not.toContain(call.id);
      // The review that fell due on 09-30 (opened when the list was read) is done by it.
      const [task] = await db.query(`SELECT completed_at IS NOT NULL AS done FROM duty_task WHERE child_id = $1 AND kind = 'review' AND due_on = '2026-09-30'`, [kids['caller'].childId]);
      expect(task).toEqual({ done: true });

      const again = await duty.post(`/duty/contacts/${call.id}/respond`, { ...base, version: 2 });
      expect(again.status).toBe(409);
      expect((await again.json()).message).toMatch(/dutywork\.duty already responded/);
    });
  });

  describe('DNA: a safeguarding decision before any discharge', () => {
    const dna = async (key: string, date: string): Promise<void> => {
      const booked = (await (await duty.post(`/referrals/${kids[key].referralId}/appointments`, { date, kind: 'treatment' })).json()) as ReferralView;
      const appointment = booked.appointments.find((a) => a.date === date);
      expect((await duty.post(`/appointments/${appointment?.id}/outcome`, { version: 1, status: 'dna' })).status).toBe(200);
    };
    const discharge = async (key: string) => duty.post(`/referrals/${kids[key].referralId}/discharge`, { version: (await referral(key)).version, dischargedOn: '2026-11-10', reason: 'Did not attend' });
    const decision = async (key: string): Promise<NonNullable<DutyListRow['safeguarding']> & { id: string }> => {
      const row = rowOf((await list()).sections.safeguardingDecisions, key);
      if (!row?.safeguarding || !row.subjectId) throw new Error(`no safeguarding decision listed for ${key}`);
      return { ...row.safeguarding, id: row.subjectId };
    };

    beforeAll(async () => {
      await dna('dnaAmber', '2026-11-03');
      await dna('dnaRed', '2026-11-04');
    });

    it('asks Duty to decide for an AMBER child and the lead professional for a RED one, on the list by risk', async () => {
      const rows = (await list()).sections.safeguardingDecisions;
      expect(rows.map((r) => [r.childName, r.rating, r.dueOn, r.safeguarding?.owner.kind])).toEqual([
        ['Tobias Redgrave', 'RED', '2026-11-04', 'lead-professional'],
        ['Saffron Dnaworth', 'AMBER', '2026-11-03', 'duty'],
      ]);
    });

    it('refuses the discharge while the decision is outstanding, and allows it once Duty has decided', async () => {
      const refused = await discharge('dnaAmber');
      expect(refused.status).toBe(409);
      expect((await refused.json()).message).toBe(
        'Cannot discharge the referral: the safeguarding decision after the DNA on 2026-11-03 is outstanding. Duty must record it on the duty list first.',
      );
      expect((await referral('dnaAmber')).stage).toBe('accepted');

      const d = await decision('dnaAmber');
      const decided = await duty.post(`/duty/safeguarding/${d.id}/decide`, { version: d.version, decision: 'discharge-may-proceed' });
      expect(decided.status).toBe(200);
      expect((await decided.json()) as SafeguardingDecisionView).toMatchObject({ decision: 'discharge-may-proceed', decidedBy: 'dutywork.duty', owner: { kind: 'duty' } });
      expect(rowOf((await list()).sections.safeguardingDecisions, 'dnaAmber')).toBeUndefined();
      const allowed = await discharge('dnaAmber');
      expect(allowed.status).toBe(200);
      expect(((await allowed.json()) as ReferralView).stage).toBe('discharged');
    });

    it('leaves a RED child’s decision to the lead professional, and a referral kept open needs a plan', async () => {
      const d = await decision('dnaRed');
      expect(d.owner).toMatchObject({ kind: 'lead-professional', name: 'dutywork.lead' });
      const notDuty = await duty.post(`/duty/safeguarding/${d.id}/decide`, { version: d.version, decision: 'keep-open', plan: 'x' });
      expect(notDuty.status).toBe(409);
      expect((await notDuty.json()).message).toMatch(/for the child’s lead professional, dutywork\.lead/);
      expect((await discharge('dnaRed')).status).toBe(409);
      expect(await fields(await lead.post(`/duty/safeguarding/${d.id}/decide`, { version: d.version, decision: 'keep-open' }))).toEqual(['plan']);
      const kept = await lead.post(`/duty/safeguarding/${d.id}/decide`, { version: d.version, decision: 'keep-open', plan: 'Home visit with the school nurse this week.' });
      expect(kept.status).toBe(200);
      const again = await lead.post(`/duty/safeguarding/${d.id}/decide`, { version: d.version + 1, decision: 'discharge-may-proceed' });
      expect(again.status).toBe(409);
      expect((await again.json()).message).toMatch(/already recorded \(keep-open\) by dutywork\.lead/);
    });
  });

  describe('no response to letters: a safeguarding decision too', () => {
    it('is recorded once against the referral, listed for Duty (AMBER), and holds the discharge until decided', async () => {
      const path = `/referrals/${kids['optedIn'].referralId}/no-response`;
      expect(await fields(await duty.post(path, { noticedOn: '2099-01-01' }))).toEqual(['noticedOn']);
      expect(await fields(await duty.post(path, { noticedOn: '2026-11-31' }))).toEqual(['noticedOn']);
      const res = await duty.post(path, { noticedOn: '2026-11-06' });
      expect(res.status).toBe(201);
      expect((await res.json()) as SafeguardingDecisionView).toMatchObject({ reason: 'no-response', raisedOn: '2026-11-06', rating: 'AMBER', owner: { kind: 'duty' }, decision: null });
      expect(rowOf((await list()).sections.safeguardingDecisions, 'optedIn')).toMatchObject({ kind: 'safeguarding', dueOn: '2026-11-06', safeguarding: { reason: 'no-response', owner: { kind: 'duty' } } });

      const again = await duty.post(path, {});
      expect(again.status).toBe(409);
      expect((await again.json()).message).toBe('No response was already recorded on 2026-11-06, and its safeguarding decision is still on the duty list.');
      const refused = await duty.post(`/referrals/${kids['optedIn'].referralId}/discharge`, { version: (await referral('optedIn')).version, dischargedOn: '2026-11-10', reason: 'No response' });
      expect(refused.status).toBe(409);
      expect((await refused.json()).message).toBe(
        'Cannot discharge the referral: the safeguarding decision after no response (2026-11-06) is outstanding. Duty must record it on the duty list first.',
      );
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM safeguarding_decision WHERE referral_id = $1`, [kids['optedIn'].referralId]);
      expect(n).toBe(1);
    });
  });

  describe('screening new referrals', () => {
    it('records the screening once, naming what is missing, and takes the referral off the list', async () => {
      const id = kids['toScreen'].referralId;
      expect(rowOf((await list()).sections.newReferralsToScreen, 'toScreen')).toMatchObject({ dueOn: '2026-11-01', kind: 'screening' });
      expect(await fields(await duty.post(`/referrals/${id}/screening`, { immediateResponse: true }))).toEqual(['note']);
      expect(await fields(await duty.post(`/referrals/${id}/screening`, { immediateResponse: false, screenedOn: '2026-10-31' }))).toEqual(['screenedOn']);
      const res = await duty.post(`/referrals/${id}/screening`, { immediateResponse: true, note: 'Crisis team to phone family today', screenedOn: '2026-11-01' });
      expect(res.status).toBe(201);
      expect(await res.json()).toMatchObject({ referralId: id, screenedOn: '2026-11-01', immediateResponse: true, screenedBy: 'dutywork.duty' });
      expect(rowOf((await list()).sections.newReferralsToScreen, 'toScreen')).toBeUndefined();
      const again = await duty.post(`/referrals/${id}/screening`, { immediateResponse: false });
      expect(again.status).toBe(409);
      expect((await again.json()).message).toBe('The referral was already screened on 2026-11-01 by dutywork.duty.');
    });

    it('screens a new referral to a team that skips access too (it starts in assessment)', async () => {
      const registered = await duty.post('/referrals', {
        givenName: 'Yolanda',
        familyName: 'Bypasswick',
        dateOfBirth: '2010-02-03',
        area: 'leicestershire',
        team: BYPASS_TEAM,
        referrerType: 'gp',
        urgency: 'urgent',
        receivedOn: '2026-11-05',
      });
      const r = (await registered.json()) as ReferralView;
      expect(r.stage).toBe('assessment');
      const view = (await (await duty.get(`/duty/today?team=${BYPASS_TEAM}`)).json()) as DutyListView;
      expect(view.sections.newReferralsToScreen.map((row) => [row.referralId, row.dueOn])).toEqual([[r.id, '2026-11-05']]);
    });
  });

  it('answers 404 to another team for every duty write, and changes nothing', async () => {
    const [letter] = await db.query(`SELECT id FROM duty_contact WHERE referral_id = $1 AND responded_at IS NULL`, [kids['caller'].referralId]);
    const [decision] = await db.query(`SELECT id FROM safeguarding_decision WHERE referral_id = $1`, [kids['dnaRed'].referralId]);
    const tries: [string, unknown, string][] = [
      [`/referrals/${kids['caller'].referralId}/contacts`, { kind: 'call', caller: 'aunt', summary: 'x' }, `referral ${kids['caller'].referralId}`],
      [`/duty/contacts/${letter.id}/respond`, { version: 1, response: 'x' }, `contact ${letter.id}`],
      [`/duty/safeguarding/${decision.id}/decide`, { version: 1, decision: 'discharge-may-proceed' }, `safeguarding decision ${decision.id}`],
      [`/referrals/${kids['dnaAmber'].referralId}/screening`, { immediateResponse: false }, `referral ${kids['dnaAmber'].referralId}`],
      [`/referrals/${kids['caller'].referralId}/no-response`, {}, `referral ${kids['caller'].referralId}`],
    ];
    for (const [path, body, what] of tries) {
      const res = await outsider.post(path, body);
      expect([path, res.status, (await res.json()).message]).toEqual([path, 404, `${what} was not found`]);
    }
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM duty_contact WHERE referral_id = $1`, [kids['caller'].referralId]);
    expect(n).toBe(2);
  });
});
