import type { Page, ReferralView, ValidationErrorBody } from '@camhs/contracts';
import { JOBS, QUEUE, configureQueueBackend, queueConnection } from '@camhs/queues';
import {
  ApiClient,
  TEST_PASSWORD,
  WorkerProcess,
  availableBackends,
  createTestUser,
  itConfig,
  itEnv,
  startWorkerProcess,
  waitUntil,
} from '@camhs/server-testing';
import { INestApplication } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { createApi } from './create-api';

const valid = {
  givenName: 'Amara',
  familyName: 'Okafor',
  dateOfBirth: '2012-05-17',
  area: 'rutland',
  team: 'generic-outpatient',
  referrerType: 'gp',
  urgency: 'urgent',
  receivedOn: '2026-11-20',
};

describe.each(availableBackends())('referral intake, end to end, queue on %s', (backend) => {
  let app: INestApplication;
  let base: string;
  let db: DataSource;
  let worker: WorkerProcess;
  let clinician: ApiClient;

  const post = (body: unknown) => clinician.post('/referrals', body);
  const letters = async (referralId: string) =>
    (await db.query(`SELECT recipient, status FROM letter WHERE referral_id = $1 ORDER BY recipient`, [referralId])) as {
      recipient: string;
      status: string;
    }[];

  beforeAll(async () => {
    const config = itConfig(backend, 'intake');
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    // A duty clinician in the two teams these tests refer to.
    await createTestUser(db, `intake.${backend}`, ['duty-clinician'], ['generic-outpatient', 'eating-disorders']);
    clinician = await ApiClient.signedIn(base, `intake.${backend}`, TEST_PASSWORD);
    worker = await startWorkerProcess(itEnv(backend, 'intake'));
  });

  afterAll(async () => {
    await worker?.stop();
    await app?.close();
  });

  it('reports the database and the queue as up', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: { status: 'up' }, queue: { status: 'up', backend } });
  });

  it('registers a referral, computes its access deadline, and the worker acknowledges it exactly once', async () => {
    const res = await post({ ...valid, nhsNumber: null });
    expect(res.status).toBe(201);
    const created = (await res.json()) as ReferralView;
    // urgent: 20 Nov + 28 days = 18 Dec
    expect(created).toMatchObject({ givenName: 'Amara', area: 'rutland', urgency: 'urgent', accessDeadline: '2026-12-18', acknowledgedAt: null });

    const acknowledged = await waitUntil(async () => {
      const view = (await (await clinician.get(`/referrals/${created.id}`)).json()) as ReferralView;
      return view.acknowledgedAt ? view : null;
    }, 'the acknowledgement');
    // The acknowledgement is the worker's side effect, not an edit: a clinician who loaded the referral before it
    // can still save (no 409), so the version stays where registration left it.
    expect(acknowledged.version).toBe(created.version);
    // Queued, or already generated: the worker's letter generator runs every few seconds (letters.int-spec.ts).
    const owed = expect.stringMatching(/^(queued|generated)$/);
    expect(await letters(created.id)).toEqual([
      { recipient: 'family', status: owed },
      { recipient: 'gp', status: owed },
      { recipient: 'referrer', status: owed },
    ]);

    // Run the job again (as a duplicate delivery would): nothing new happens.
    const config = itConfig(backend, 'intake');
    const queue = new Queue(QUEUE.access, queueConnection(config));
    const rerun = await queue.add(JOBS.acknowledgeReferral.name, { referralId: created.id }, { jobId: `rerun-${created.id}` });
    await waitUntil(async () => (await queue.getJobState(rerun.id as string)) === 'completed', 'the re-run to complete');
    await queue.close();
    expect(await letters(created.id)).toHaveLength(3);
    const after = (await (await clinician.get(`/referrals/${created.id}`)).json()) as ReferralView;
    expect(after.acknowledgedAt).toBe(acknowledged.acknowledgedAt);
  });

  it('answers 400 naming every bad field, and writes nothing', async () => {
    const [{ n: before }] = await db.query(`SELECT count(*)::int AS n FROM referral`);
    const res = await post({
      givenName: '',
      dateOfBirth: '2023-02-29',
      nhsNumber: '9434765918',
      area: 'rutland',
      team: 'generic-outpatient',
      referrerType: 'teacher',
      urgency: 'soon',
      receivedOn: '2026-11-20',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ValidationErrorBody;
    expect(body.errors.map((e) => e.field).sort()).toEqual(
      ['dateOfBirth', 'familyName', 'givenName', 'nhsNumber', 'referrerType', 'urgency'].sort(),
    );
    expect(body.errors.find((e) => e.field === 'nhsNumber')?.messages.join()).toMatch(/Modulus 11/);
    const [{ n: after }] = await db.query(`SELECT count(*)::int AS n FROM referral`);
    expect(after).toBe(before);
  });

  it('refuses unknown areas and teams and dates out of order, naming the known values', async () => {
    const res = await post({ ...valid, area: 'atlantis', team: 'nowhere', dateOfBirth: '2026-11-21' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ValidationErrorBody;
    const byField = Object.fromEntries(body.errors.map((e) => [e.field, e.messages.join(' ')]));
    expect(byField['area']).toContain('rutland');
    expect(byField['team']).toContain('generic-outpatient');
    expect(byField['dateOfBirth']).toBe('date of birth must not be after the received date');
  });

  it('matches the child by NHS number', async () => {
    const first = (await (await post({ ...valid, nhsNumber: '943 476 5919' })).json()) as ReferralView;
    const second = (await (await post({ ...valid, nhsNumber: '9434765919', team: 'eating-disorders' })).json()) as ReferralView;
    expect(first.nhsNumber).toBe('9434765919');
    expect(second.childId).toBe(first.childId);
    const third = (await (await post({ ...valid, nhsNumber: null })).json()) as ReferralView;
    expect(third.childId).not.toBe(first.childId);
  });

  it('refuses an NHS number held for a child with other details, and reveals nothing about that child', async () => {
    await post({ ...valid, nhsNumber: '401 023 2137' });
    const res = await post({ ...valid, givenName: 'Someone', familyName: 'Else', dateOfBirth: '2010-01-01', nhsNumber: '4010232137' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text).errors.map((e: { field: string }) => e.field)).toEqual(['nhsNumber']);
    expect(text).not.toMatch(/Amara|Okafor|2012-05-17/);
    expect(await db.query(`SELECT 1 FROM child WHERE family_name = 'Else'`)).toEqual([]);
  });

  it('lists referrals newest first, paged and filtered', async () => {
    await post({ ...valid, area: 'leicester', urgency: 'routine', receivedOn: '2026-10-01' });
    const res = await clinician.get('/referrals?area=leicester&urgency=routine&pageSize=1');
    const page = (await res.json()) as Page<ReferralView>;
    expect(page.total).toBeGreaterThanOrEqual(1);
    expect(page.items).toHaveLength(1);
    expect(page.items.every((r) => r.area === 'leicester' && r.urgency === 'routine')).toBe(true);
    // routine: 1 Oct + 91 days = 31 Dec
    expect(page.items[0].accessDeadline).toBe('2026-12-31');
    const bad = await clinician.get('/referrals?pageSize=0&urgency=x');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ValidationErrorBody).errors.map((e) => e.field).sort()).toEqual(['pageSize', 'urgency']);
  });

  it('makes one referral of a registration sent again with the same Idempotency-Key, even ten at once', async () => {
    const key = `intake-${backend}-${Date.now().toString(36)}`;
    const familyName = `Onceworth${backend === 'redis' ? 'Rediska' : 'Postgresca'}`;
    const body = { ...valid, givenName: 'Idalina', familyName, nhsNumber: null };
    const send = (k: string, b: object = body) => clinician.request('POST', '/referrals', b, { 'Idempotency-Key': k });
    const made = async () => (await db.query(`SELECT count(*)::int AS n FROM referral r JOIN child c ON c.id = r.child_id WHERE c.family_name = $1`, [familyName]))[0].n;

    const answers = await Promise.all(Array.from({ length: 10 }, () => send(key)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    const ids = new Set(await Promise.all(answers.map(async (a) => ((await a.json()) as ReferralView).id)));
    expect(ids.size).toBe(1);
    expect(await made()).toBe(1);
    // Sent again later (a retry after a lost answer): the same referral, nothing new.
    const again = await send(key);
    expect([again.status, ((await again.json()) as ReferralView).id]).toEqual([201, [...ids][0]]);
    // The key reused for other details, and a key that cannot be one: refused, naming the header; nothing made.
    for (const refused of [await send(key, { ...body, urgency: 'routine' }), await send('two words')]) {
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as ValidationErrorBody).errors.map((e) => e.field)).toEqual(['Idempotency-Key']);
    }
    expect(await made()).toBe(1);
    // The same details under a new key are a new referral (a second referral of the same child is allowed).
    expect((await send(`${key}-second`)).status).toBe(201);
    expect(await made()).toBe(2);
    // And the acknowledgement is done once for each of the two.
    const referralIds: string[] = (await db.query(`SELECT r.id FROM referral r JOIN child c ON c.id = r.child_id WHERE c.family_name = $1`, [familyName])).map((r: { id: string }) => r.id);
    await waitUntil(async () => (await Promise.all(referralIds.map(letters))).every((l) => l.length === 3), 'the two acknowledgements', 30_000);
  });

  it('answers 404 for an unknown referral', async () => {
    const res = await clinician.get('/referrals/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
  });
});
