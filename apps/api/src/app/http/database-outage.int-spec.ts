import type { ReferralView } from '@camhs/contracts';
import { configureQueueBackend } from '@camhs/queues';
import { ApiClient, TEST_PASSWORD, createTestUser, itConfig, waitUntil } from '@camhs/server-testing';
import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApi } from '../create-api';
import { DATABASE_UNAVAILABLE_MESSAGE } from './application-error.filter';

const referral = {
  givenName: 'Ptolemea',
  familyName: 'Brackenhurst-Vane',
  dateOfBirth: '2012-03-14',
  area: 'leicestershire',
  team: 'generic-outpatient',
  referrerType: 'school',
  urgency: 'routine',
  receivedOn: '2026-11-02',
};

/**
 * The database going away under the API (issue 7, fault scenario 3): a connection cut mid-request and a
 * database refusing connections answer 503 with Retry-After and a message saying what to do, never 500;
 * the request cut off leaves nothing behind; the API recovers by itself once the database is back.
 */
describe('the API while the database is unavailable', () => {
  let app: INestApplication;
  let clinician: ApiClient;
  let admin: Client;
  let databaseName: string;

  beforeAll(async () => {
    const config = itConfig('postgres', 'dboutage');
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    const base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
    await createTestUser(app.get(DataSource), 'dboutage.duty', ['duty-clinician'], ['generic-outpatient']);
    clinician = await ApiClient.signedIn(base, 'dboutage.duty', TEST_PASSWORD);
    const url = new URL(config.databaseUrl);
    databaseName = decodeURIComponent(url.pathname.slice(1));
    url.pathname = '/postgres';
    admin = new Client({ connectionString: url.toString() });
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.query(`ALTER DATABASE "${databaseName}" WITH ALLOW_CONNECTIONS true`).catch(() => undefined);
    await admin?.end();
    await app?.close();
  });

  it('answers 503 to a request whose connection is cut, and applies nothing of it', async () => {
    const registered = await clinician.post('/referrals', referral);
    expect(registered.status).toBe(201);
    const { id, version } = (await registered.json()) as ReferralView;
    const move = { version, completedOn: '2026-11-10', outcome: 'accepted' };

    // Hold the referral's row lock, so the API's transaction waits on it; then cut that connection.
    const holder = new Client({ connectionString: itConfig('postgres', 'dboutage').databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT 1 FROM referral WHERE id = $1 FOR UPDATE`, [id]);
    const holderPid: number = (await holder.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    try {
      const answer = clinician.post(`/referrals/${id}/access`, move);
      const waiting = await waitUntil(
        async () =>
          (
            await admin.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND pid <> $2`, [databaseName, holderPid])
          ).rows[0]?.pid as number | undefined,
        'the API to wait on the row lock',
        10_000,
      );
      await admin.query(`SELECT pg_terminate_backend($1)`, [waiting]);
      const res = await answer;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(await res.json()).toEqual({ statusCode: 503, error: 'Service Unavailable', message: DATABASE_UNAVAILABLE_MESSAGE });
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }

    // Nothing of the cut request was kept: still in access at version 1, no outcome letters asked for.
    const after = (await (await clinician.get(`/referrals/${id}`)).json()) as ReferralView;
    expect({ stage: after.stage, version: after.version }).toEqual({ stage: 'access', version: 1 });
    const [{ n }] = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM outbox_message WHERE job_id = $1`, [`access-outcome-${id}`]);
    expect(n).toBe(0);
    // The same request again succeeds: the pool replaced the connection by itself.
    const again = await clinician.post(`/referrals/${id}/access`, move);
    expect(again.status).toBe(200);
    expect(((await again.json()) as ReferralView).version).toBe(2);
  });

  it('answers 503 while the database refuses connections, and recovers by itself when it is back', async () => {
    await admin.query(`ALTER DATABASE "${databaseName}" WITH ALLOW_CONNECTIONS false`);
    try {
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [databaseName]);
      const [list, write, health] = await Promise.all([
        clinician.get('/referrals?page=1'),
        clinician.post('/referrals', { ...referral, familyName: 'Brackenhurst-Lowe' }),
        clinician.get('/health'),
      ]);
      expect([list.status, write.status, health.status]).toEqual([503, 503, 503]);
      expect(((await write.json()) as { message: string }).message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
      expect(write.headers.get('retry-after')).toBe('5');
    } finally {
      await admin.query(`ALTER DATABASE "${databaseName}" WITH ALLOW_CONNECTIONS true`);
    }
    const list = await clinician.get('/referrals?page=1');
    expect(list.status).toBe(200);
  });
});
