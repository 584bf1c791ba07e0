import { ClockFlags, StageWork, clockFlagsFor } from '@camhs/application';
import type { ReferralView } from '@camhs/contracts';
import { fixedClock } from '@camhs/domain';
import { createDataSource } from '@camhs/persistence';
import { configureQueueBackend } from '@camhs/queues';
import { ApiClient, TEST_PASSWORD, WorkerProcess, availableBackends, createTestUser, itConfig, itEnv, startWorkerProcess, waitUntil } from '@camhs/server-testing';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApi } from './create-api';

interface Made {
  urgency: 'routine' | 'urgent';
  receivedOn: string;
  stage?: 'access' | 'assessment' | 'accepted';
  /** Open waits (added on), and ended ones (added, started). */
  openWaits?: string[];
  endedWaits?: [string, string][];
}

describe('clock checkpoints (fixed clock, a hand-built service)', () => {
  let ds: DataSource;
  const ids: Record<string, string> = {};

  const make = async (key: string, m: Made) => {
    const [child] = await ds.query(`INSERT INTO child (given_name, family_name, date_of_birth) VALUES ('Tickella', $1, '2012-03-04') RETURNING id`, [`Clockwright-${key}`]);
    const stage = m.stage ?? 'access';
    const accessDone = stage === 'access' ? null : m.receivedOn;
    const assessed = stage === 'accepted' ? m.receivedOn : null;
    const [r] = await ds.query(
      `INSERT INTO referral (child_id, area_id, team_id, referrer_type, urgency, received_on, stage, access_completed_on, access_outcome,
                             assessment_completed_on, assessment_outcome)
       SELECT $1, a.id, t.id, 'gp', $2, $3, $4, $5::date, CASE WHEN $5::date IS NULL THEN NULL ELSE 'accepted' END,
              $6::date, CASE WHEN $6::date IS NULL THEN NULL ELSE 'accepted' END
         FROM area a, team t WHERE a.code = 'leicestershire' AND t.code = 'generic-outpatient' RETURNING id`,
      [child.id, m.urgency, m.receivedOn, stage, accessDone, assessed],
    );
    for (const added of m.openWaits ?? []) {
      await ds.query(`INSERT INTO wait (referral_id, list_id, added_on) SELECT $1, id, $2 FROM waiting_list WHERE name = 'Neurodevelopmental'`, [r.id, added]);
    }
    for (const [added, started] of m.endedWaits ?? []) {
      await ds.query(`INSERT INTO wait (referral_id, list_id, added_on, started_on) SELECT $1, id, $2, $3 FROM waiting_list WHERE name = 'ADOS'`, [r.id, added, started]);
    }
    ids[key] = r.id;
  };
  const sweepOn = async (day: string) => {
    const clocks = new ClockFlags(ds, fixedClock(`${day}T09:00:00Z`));
    return { access: await clocks.sweep('access'), treatment: await clocks.sweep('treatment'), clocks };
  };
  /** The flags in force, as `clock state target` per referral key. */
  const shown = async () => {
    const flags = await clockFlagsFor(ds, Object.values(ids));
    return Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, (flags.get(id) ?? []).map((f) => `${f.clock} ${f.state} ${f.targetOn}`).sort()]));
  };
  const stored = async () => (await ds.query(`SELECT count(*)::int AS n FROM clock_flag WHERE referral_id = ANY($1::uuid[])`, [Object.values(ids)]))[0].n as number;

  beforeAll(async () => {
    ds = createDataSource(itEnv('postgres', 'clocks').DATABASE_URL, { poolSize: 2 });
    await ds.initialize();
    // Today is 2026-11-22. Targets worked out by hand:
    await make('urgentNear', { urgency: 'urgent', receivedOn: '2026-10-30' }); // access target 10-30 + 28 = 11-27: 5 days left ≤ 7 → approaching
    await make('urgentFar', { urgency: 'urgent', receivedOn: '2026-11-10' }); // target 12-08: 16 days left → nothing
    await make('routineLate', { urgency: 'routine', receivedOn: '2026-08-20' }); // 08-20 + 91 = 11-19, passed → breached
    await make('routineNear', { urgency: 'routine', receivedOn: '2026-08-30' }); // target 11-29: 7 days left ≤ 14 → approaching
    await make('accessDone', { urgency: 'routine', receivedOn: '2026-08-20', stage: 'assessment' }); // access completed: no clock
    // 07-01 + 91 = 09-30 (13 weeks), + 126 = 11-04 (18 weeks): both passed on the open wait; the ended wait has no clock.
    await make('longWait', { urgency: 'routine', receivedOn: '2026-07-01', stage: 'accepted', openWaits: ['2026-09-01'], endedWaits: [['2026-07-10', '2026-08-01']] });
    // 08-25 + 91 = 11-24 (2 days left ≤ 14 → approaching); + 126 = 12-29 (37 days left → nothing).
    await make('nearThirteen', { urgency: 'routine', receivedOn: '2026-08-25', stage: 'accepted', openWaits: ['2026-09-15'] });
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  it('flags each running clock by the rule, once, and shows only what still applies', async () => {
    await sweepOn('2026-11-22');
    expect(await shown()).toEqual({
      urgentNear: ['access approaching 2026-11-27'],
      urgentFar: [],
      routineLate: ['access breached 2026-11-19'],
      routineNear: ['access approaching 2026-11-29'],
      accessDone: [],
      longWait: ['rtt13 breached 2026-09-30', 'rtt18 breached 2026-11-04'],
      nearThirteen: ['rtt13 approaching 2026-11-24'],
    });
    expect(await stored()).toBe(6);

    // The same day again: nothing new.
    await sweepOn('2026-11-22');
    expect(await stored()).toBe(6);

    // Three days on (11-25): nearThirteen's 13 weeks (11-24) have passed; urgentFar is 13 days from 12-08
    // (more than 7: still nothing); urgentNear is still before its 11-27 target.
    await sweepOn('2026-11-25');
    const after = await shown();
    expect(after['nearThirteen']).toEqual(['rtt13 breached 2026-11-24']);
    expect(after['urgentFar']).toEqual([]);
    expect(after['urgentNear']).toEqual(['access approaching 2026-11-27']);
    expect(await stored()).toBe(7); // the approaching flag of nearThirteen stays stored; the breached one is shown

    // Access completed and the long wait ended: their flags no longer apply, though the history remains.
    await ds.query(`UPDATE referral SET stage = 'assessment', access_completed_on = '2026-11-25', access_outcome = 'accepted' WHERE id = $1`, [ids['routineLate']]);
    await ds.query(`UPDATE wait SET started_on = '2026-11-25' WHERE referral_id = $1 AND started_on IS NULL`, [ids['longWait']]);
    const later = await shown();
    expect(later['routineLate']).toEqual([]);
    expect(later['longWait']).toEqual([]);
    expect(await stored()).toBe(7);
  });

  it('stage work re-checks state: a clock check for a referral that has left access, or a closed wait, does nothing', async () => {
    const { clocks } = await sweepOn('2026-11-22');
    const work = new StageWork(ds, clocks);
    expect(await work.checkAccessClock({ referralId: ids['accessDone'] })).toBe('obsolete');
    const [wait] = await ds.query(`SELECT id FROM wait WHERE referral_id = $1 AND started_on IS NOT NULL LIMIT 1`, [ids['longWait']]);
    expect(await work.checkWaitClocks({ referralId: ids['longWait'], waitId: wait.id })).toBe('obsolete');
    expect(await work.letters('assessment-outcome', { referralId: ids['urgentNear'] })).toBe('obsolete'); // not assessed
    expect(await work.letters('access-outcome', { referralId: '00000000-0000-4000-8000-000000000000' })).toBe('referral-missing');
    expect((await ds.query(`SELECT count(*)::int AS n FROM letter WHERE referral_id = ANY($1::uuid[])`, [Object.values(ids)]))[0].n).toBe(0);
  });
});

/** A date `days` before today, as the worker (on the machine's clock) will see it; far enough back that every clock has passed. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('stage work through the queues (API + worker process)', () => {
  const backend = availableBackends()[0];
  const env = itEnv(backend, 'stages');
  let app: INestApplication;
  let db: DataSource;
  let clinician: ApiClient;
  let worker: WorkerProcess | undefined;

  const letters = async (id: string) =>
    ((await db.query(`SELECT kind, recipient FROM letter WHERE referral_id = $1 ORDER BY kind, recipient`, [id])) as { kind: string; recipient: string }[]).map(
      (l) => `${l.kind} ${l.recipient}`,
    );
  const view = async (id: string) => (await (await clinician.get(`/referrals/${id}`)).json()) as ReferralView;

  beforeAll(async () => {
    const config = itConfig(backend, 'stages', { SIGN_IN_RATE_PER_MINUTE: '1000' });
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    db = app.get(DataSource);
    await createTestUser(db, 'stages.clinician', ['duty-clinician'], ['generic-outpatient']);
    clinician = await ApiClient.signedIn(`${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1'), 'stages.clinician', TEST_PASSWORD);
    worker = await startWorkerProcess(env);
  });

  afterAll(async () => {
    await worker?.stop();
    await app?.close();
  });

  it('flags a late referral on entry, clears it when access completes, flags its new waits, and queues each stage’s letters once', async () => {
    const receivedOn = daysAgo(200); // access target (91 days), 13 and 18 weeks all passed
    const res = await clinician.post('/referrals', {
      givenName: 'Stagella',
      familyName: 'Queueborne',
      dateOfBirth: '2011-05-06',
      area: 'leicestershire',
      team: 'generic-outpatient',
      referrerType: 'gp',
      urgency: 'routine',
      receivedOn,
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as ReferralView;

    const flagged = await waitUntil(async () => ((await view(id)).flags.length ? view(id) : null), 'the access clock flag');
    expect(flagged.flags.map((f) => `${f.clock} ${f.state}`)).toEqual(['access breached']);

    const accessed = await clinician.post(`/referrals/${id}/access`, { version: flagged.version, completedOn: daysAgo(150), outcome: 'accepted' });
    expect(accessed.status).toBe(200);
    const afterAccess = (await accessed.json()) as ReferralView;
    expect(afterAccess.flags).toEqual([]);

    const assessed = await clinician.post(`/referrals/${id}/assessment`, { version: afterAccess.version, completedOn: daysAgo(140), outcome: 'accepted', lists: ['ADOS'] });
    expect(assessed.status).toBe(200);
    const waitId = ((await assessed.json()) as ReferralView).waits[0].id;
    const onList = await waitUntil(async () => ((await view(id)).flags.length === 2 ? view(id) : null), 'the 13- and 18-week flags');
    expect(onList.flags.map((f) => `${f.clock} ${f.state} ${f.waitId === waitId}`).sort()).toEqual(['rtt13 breached true', 'rtt18 breached true']);

    const discharged = await clinician.post(`/referrals/${id}/discharge`, { version: onList.version, dischargedOn: daysAgo(1), reason: 'treatment elsewhere' });
    expect(discharged.status).toBe(200);
    expect(((await discharged.json()) as ReferralView).flags).toEqual([]);

    const expected = ['access-outcome', 'acknowledgement', 'assessment-outcome', 'discharge'].flatMap((k) => ['family', 'gp', 'referrer'].map((r) => `${k} ${r}`));
    await waitUntil(async () => (await letters(id)).length === 12, 'every stage’s letters');
    expect(await letters(id)).toEqual(expected);
    // Each move left exactly one intent, with a deterministic id, and each was handled and marked so.
    await waitUntil(
      async () => (await db.query(`SELECT 1 FROM outbox_message WHERE payload->>'referralId' = $1 AND processed_at IS NULL`, [id])).length === 0,
      'every intent handled',
    );
    const intents = await db.query(`SELECT job_id FROM outbox_message WHERE payload->>'referralId' = $1 ORDER BY job_id`, [id]);
    expect(intents.map((i: { job_id: string }) => i.job_id).sort()).toEqual(
      [`access-clock-${id}`, `access-outcome-${id}`, `ack-${id}`, `assessment-outcome-${id}`, `discharge-${id}`, `wait-clocks-${waitId}`].sort(),
    );
  });
});
