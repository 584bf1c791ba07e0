import { ReferralTimelineView, ReferralView, TimelineEntry } from '@camhs/contracts';
import { ApiClient, TEST_PASSWORD, createTestUser, itConfig } from '@camhs/server-testing';
import { configureQueueBackend } from '@camhs/queues';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApi } from './create-api';

/** Fictional and distinctive, for the leak scan. */
const child = { givenName: 'Timelora', familyName: 'Chronowick', dateOfBirth: '2012-02-29' };

describe('a referral’s timeline (GET /api/referrals/{id}/timeline)', () => {
  let app: INestApplication;
  let db: DataSource;
  let clinician: ApiClient;
  let outsider: ApiClient;

  const register = async (details: Record<string, string>): Promise<ReferralView> => {
    const res = await clinician.post('/referrals', { ...child, area: 'leicestershire', team: 'generic-outpatient', ...details });
    expect(res.status).toBe(201);
    return res.json();
  };
  /** POST and expect success; answers the referral as it now is. */
  const ok = async (path: string, body: Record<string, unknown>): Promise<ReferralView> => {
    const res = await clinician.post(path, body);
    if (res.status !== 200 && res.status !== 201) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return res.json();
  };
  const timelineOf = async (id: string, as = clinician): Promise<ReferralTimelineView> => {
    const res = await as.get(`/referrals/${id}/timeline`);
    expect(res.status).toBe(200);
    return res.json();
  };
  const entry = (on: string, kind: TimelineEntry['kind'], text: string): TimelineEntry => ({ on, kind, text });

  beforeAll(async () => {
    const config = itConfig('postgres', 'timeline', { SIGN_IN_RATE_PER_MINUTE: '1000' });
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    const base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    await createTestUser(db, 'timeline.clinician', ['lead-professional'], ['generic-outpatient', 'eating-disorders']);
    await createTestUser(db, 'timeline.outsider', ['duty-clinician'], ['crisis']);
    clinician = await ApiClient.signedIn(base, 'timeline.clinician', TEST_PASSWORD);
    outsider = await ApiClient.signedIn(base, 'timeline.outsider', TEST_PASSWORD);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('tells the whole pathway oldest first, events of one day in pathway order, from the records', async () => {
    const r = await register({ referrerType: 'school', urgency: 'routine', receivedOn: '2026-08-03' });
    // The worker's acknowledgement, recorded at 23:30 UTC on 3 August: 00:30 on 4 August in London (BST).
    await db.query(`UPDATE referral SET acknowledged_at = '2026-08-03T23:30:00Z' WHERE id = $1`, [r.id]);
    await db.query(
      `INSERT INTO letter (referral_id, kind, recipient, status, created_at)
       SELECT $1, 'acknowledgement', x, 'queued', '2026-08-03T23:30:00Z' FROM unnest(ARRAY['family','gp','referrer']) AS x`,
      [r.id],
    );
    await db.query(
      `INSERT INTO letter (referral_id, kind, recipient, status, created_at)
       SELECT $1, 'access-outcome', x, 'queued', '2026-09-15T10:00:00Z' FROM unnest(ARRAY['gp','referrer']) AS x`,
      [r.id],
    );

    await ok(`/referrals/${r.id}/access`, { version: 1, completedOn: '2026-09-14', outcome: 'accepted' });
    let now = await ok(`/referrals/${r.id}/assessment`, { version: 2, completedOn: '2026-10-05', outcome: 'accepted', lists: ['Treatment', 'ADOS'] });
    await db.query(`UPDATE referral SET rag = 'AMBER', rag_set_on = '2026-10-05', lead_professional = 'Dr Example' WHERE id = $1`, [r.id]);
    const treatmentWait = now.waits.find((w) => w.list === 'Treatment');
    if (!treatmentWait) throw new Error('no Treatment wait');

    now = await ok(`/referrals/${r.id}/appointments`, { date: '2026-10-19', kind: 'treatment', waitId: treatmentWait.id });
    await ok(`/appointments/${now.appointments[0].id}/outcome`, { version: 1, status: 'attended' });
    await ok(`/waits/${treatmentWait.id}/start-treatment`, { version: 1, on: '2026-10-19' });
    now = await ok(`/referrals/${r.id}/appointments`, { date: '2026-11-09', kind: 'duty-review' });
    now = await ok(`/appointments/${now.appointments[1].id}/outcome`, { version: 1, status: 'cancelled' });
    now = await ok(`/referrals/${r.id}/discharge`, { version: now.version, dischargedOn: '2026-11-20', reason: 'Goals met' });

    const timeline = await timelineOf(r.id);
    expect(timeline.referralId).toBe(r.id);
    expect(timeline.version).toBe(now.version);
    expect(timeline.entries).toEqual([
      entry('2026-08-03', 'received', 'Routine referral received from a school'),
      entry('2026-08-04', 'acknowledged', 'Acknowledged in writing to the referrer, GP and family'),
      // 3 Aug → 14 Sep: 28 days to the end of August, then 14.
      entry('2026-09-14', 'access-completed', 'Access completed on day 42, within the 91-day target: accepted for assessment'),
      entry('2026-09-15', 'letter', 'Access outcome letter to the referrer and GP'),
      entry('2026-10-05', 'assessment-completed', 'Assessment completed: accepted into the service'),
      entry('2026-10-05', 'wait-added', 'Added to the ADOS waiting list'),
      entry('2026-10-05', 'wait-added', 'Added to the Treatment waiting list'),
      entry('2026-10-05', 'rag-set', 'RAG rating set to AMBER'),
      entry('2026-10-19', 'appointment-attended', 'Treatment appointment (Treatment waiting list) attended'),
      // 5 Oct → 19 Oct: 14 days.
      entry('2026-10-19', 'treatment-started', 'Treatment started from the Treatment waiting list after 2 weeks'),
      entry('2026-11-09', 'appointment-cancelled', 'Duty review appointment cancelled'),
      // 5 Oct → 20 Nov: 26 + 20 = 46 days, 6 whole weeks.
      entry('2026-11-20', 'wait-removed', 'Removed from the ADOS waiting list at discharge after 6 weeks'),
      entry('2026-11-20', 'discharged', 'Discharged (Goals met)'),
    ]);

    const view = (await (await clinician.get(`/referrals/${r.id}`)).json()) as ReferralView;
    expect([view.rag, view.ragSetOn, view.leadProfessional]).toEqual(['AMBER', '2026-10-05', 'Dr Example']);
  });

  it('tells the rating history from the risk assessments, without their findings or reasons, and the rating in force only once', async () => {
    const r = await register({ referrerType: 'paediatrician', urgency: 'routine', receivedOn: '2026-09-07' });
    const assess = (on: string, rating: string, previous: string | null, reason: string | null) =>
      db.query(
        `INSERT INTO risk_assessment (referral_id, child_id, assessed_on, rating, previous_rating, reason, findings, recorded_by)
         SELECT $1, $2, $3, $4, $5, $6, '{}'::jsonb, id FROM app_user WHERE username = 'timeline.clinician'`,
        [r.id, r.childId, on, rating, previous, reason],
      );
    await assess('2026-09-21', 'AMBER', null, null);
    const booked = await ok(`/referrals/${r.id}/appointments`, { date: '2026-10-05', kind: 'access' });
    await ok(`/appointments/${booked.appointments[0].id}/outcome`, { version: 1, status: 'dna' });
    await assess('2026-10-12', 'AMBER', 'AMBER', null);
    await assess('2026-11-02', 'RED', 'AMBER', 'self-harm disclosed at school');
    await db.query(`UPDATE referral SET rag = 'RED', rag_set_on = '2026-11-02' WHERE id = $1`, [r.id]);
    expect((await timelineOf(r.id)).entries).toEqual([
      entry('2026-09-07', 'received', 'Routine referral received from a paediatrician'),
      entry('2026-09-21', 'rag-set', 'Risk assessment: rated AMBER'),
      entry('2026-10-05', 'appointment-dna', 'Access appointment not attended (DNA)'),
      entry('2026-10-12', 'rag-set', 'Risk assessment: rated AMBER (unchanged)'),
      entry('2026-11-02', 'rag-set', 'Risk assessment: rated RED (was AMBER)'),
    ]);
  });

  it('says where a redirected referral went and whether access missed its target', async () => {
    const r = await register({ referrerType: 'gp', urgency: 'urgent', receivedOn: '2026-07-01' });
    await ok(`/referrals/${r.id}/access`, { version: 1, completedOn: '2026-08-05', outcome: 'redirected', destination: 'Early Help' });
    expect((await timelineOf(r.id)).entries).toEqual([
      entry('2026-07-01', 'received', 'Urgent referral received from a GP'),
      // 1 Jul → 5 Aug: 30 + 5 = 35 days, past the urgent 28.
      entry('2026-08-05', 'access-completed', 'Access completed on day 35, after the 28-day target: redirected to Early Help'),
    ]);
  });

  it('gives the reason a referral was returned', async () => {
    const r = await register({ referrerType: 'self', urgency: 'routine', receivedOn: '2026-10-01' });
    await ok(`/referrals/${r.id}/access`, { version: 1, completedOn: '2026-10-02', outcome: 'returned', reason: 'needs more information' });
    expect((await timelineOf(r.id)).entries).toEqual([
      entry('2026-10-01', 'received', 'Routine referral received from the young person (self-referral)'),
      entry('2026-10-02', 'access-completed', 'Access completed on day 1, within the 91-day target: returned to the referrer (needs more information)'),
    ]);
  });

  it('tells a discharge at assessment once (a specialist team, which skips access)', async () => {
    const r = await register({ referrerType: 'parent', urgency: 'urgent', receivedOn: '2026-10-10', team: 'eating-disorders' });
    await ok(`/referrals/${r.id}/assessment`, { version: 1, completedOn: '2026-10-20', outcome: 'discharged', reason: 'No treatment needed' });
    expect((await timelineOf(r.id)).entries).toEqual([
      entry('2026-10-10', 'received', 'Urgent referral received from a parent or carer'),
      entry('2026-10-10', 'access-completed', 'Straight to assessment: the team does not use the access pathway'),
      entry('2026-10-20', 'assessment-completed', 'Assessment completed: discharged (No treatment needed)'),
    ]);
  });

  it('is read like the referral: audited, and 404 outside the caller’s scope exactly as for a missing one', async () => {
    const r = await register({ referrerType: 'other', urgency: 'routine', receivedOn: '2026-11-02' });
    await timelineOf(r.id);
    expect(await db.query(`SELECT username, action, outcome FROM audit_event WHERE entity_id = $1 AND action <> 'create' ORDER BY id`, [r.id])).toEqual([
      { username: 'timeline.clinician', action: 'read', outcome: 'success' },
    ]);
    const hidden = await outsider.get(`/referrals/${r.id}/timeline`);
    const missing = await outsider.get(`/referrals/00000000-0000-4000-8000-0000000000ee/timeline`);
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect((await hidden.json()).message.replace(r.id, 'ID')).toBe((await missing.json()).message.replace('00000000-0000-4000-8000-0000000000ee', 'ID'));
  });
});
