import { SessionView } from '@camhs/contracts';
import { ApiClient, TEST_PASSWORD, createTestUser, itConfig, itEnv } from '@camhs/server-testing';
import { configureQueueBackend } from '@camhs/queues';
import { INestApplication } from '@nestjs/common';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApi } from './create-api';

const CLI = join(__dirname, '..', '..', '..', '..', 'dist', 'apps', 'cli', 'main.js');

async function startApi(extra: Record<string, string> = {}): Promise<{ app: INestApplication; base: string; db: DataSource }> {
  const config = itConfig('postgres', 'auth', { SIGN_IN_RATE_PER_MINUTE: '1000', ...extra });
  configureQueueBackend(config);
  const app = await createApi(config);
  await app.listen(0, '127.0.0.1');
  return { app, base: `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1'), db: app.get(DataSource) };
}

describe('sign-in and sessions', () => {
  let app: INestApplication;
  let base: string;
  let db: DataSource;

  beforeAll(async () => {
    ({ app, base, db } = await startApi());
    await createTestUser(db, 'auth.duty', ['duty-clinician'], ['generic-outpatient']);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('signs in with an httpOnly, SameSite=Strict session cookie and a readable CSRF cookie', async () => {
    const res = await fetch(`${base}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'Auth.Duty', password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookies = res.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('camhs_session='))).toMatch(/; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(cookies.find((c) => c.startsWith('XSRF-TOKEN='))).toMatch(/; Path=\/; SameSite=Strict$/);
    const body = (await res.json()) as SessionView;
    expect(body.user).toMatchObject({ username: 'auth.duty', roles: ['duty-clinician'], teams: [{ code: 'generic-outpatient', service: 'camhs' }] });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff'); // helmet
  });

  it('says only "incorrect" for a wrong password or an unknown user', async () => {
    for (const [username, password] of [['auth.duty', 'wrong-password-here'], ['nobody.here', TEST_PASSWORD]]) {
      const res = await new ApiClient(base).signIn(username, password);
      expect(res.status).toBe(401);
      expect((await res.json()).message).toBe('Username or password is incorrect');
    }
    const empty = await new ApiClient(base).signIn('', '');
    expect(empty.status).toBe(400);
    expect((await empty.json()).errors.map((e: { field: string }) => e.field).sort()).toEqual(['password', 'username']);
  });

  it('locks an account for 15 minutes after 5 failures in a row, even against the right password', async () => {
    await createTestUser(db, 'auth.locked', ['manager'], []);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await new ApiClient(base).signIn('auth.locked', 'wrong-password-here')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const right = await new ApiClient(base).signIn('auth.locked', TEST_PASSWORD);
    expect(right.status).toBe(429);
    expect((await right.json()).message).toMatch(/locked until \d\d:\d\d/);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    // When the lock has run out, the right password works and the count starts again.
    await db.query(`UPDATE app_user SET locked_until = now() - interval '1 second' WHERE username = 'auth.locked'`);
    expect((await new ApiClient(base).signIn('auth.locked', TEST_PASSWORD)).status).toBe(200);
    expect(await db.query(`SELECT failed_sign_ins, locked_until FROM app_user WHERE username = 'auth.locked'`)).toEqual([{ failed_sign_ins: 0, locked_until: null }]);
  });

  it('ends a session after 30 idle minutes', async () => {
    const client = await ApiClient.signedIn(base, 'auth.duty', TEST_PASSWORD);
    expect((await client.get('/auth/session')).status).toBe(200);
    await db.query(`UPDATE user_session SET last_seen_at = now() - interval '30 minutes 1 second' WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [client.cookie('camhs_session')]);
    const res = await client.get('/auth/session');
    expect(res.status).toBe(401);
    expect((await res.json()).message).toBe('Your session has ended. Sign in again to continue.');
  });

  it('ends a session 12 hours after sign-in however active it is', async () => {
    const client = await ApiClient.signedIn(base, 'auth.duty', TEST_PASSWORD);
    await db.query(`UPDATE user_session SET started_at = now() - interval '12 hours', last_seen_at = now() WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [client.cookie('camhs_session')]);
    expect((await client.get('/auth/session')).status).toBe(401);
  });

  it('revokes the session on sign-out: the old cookie no longer works', async () => {
    const client = await ApiClient.signedIn(base, 'auth.duty', TEST_PASSWORD);
    const stolen = client.clone();
    expect((await client.post('/auth/sign-out')).status).toBe(204);
    expect((await stolen.get('/referrals')).status).toBe(401);
    // The next sign-in clears the user's ended sessions away; the stolen cookie stays useless.
    await ApiClient.signedIn(base, 'auth.duty', TEST_PASSWORD);
    const ended = await db.query(
      `SELECT count(*)::int AS n FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE u.username = 'auth.duty' AND (s.revoked_at IS NOT NULL OR s.last_seen_at < now() - interval '30 minutes' OR s.started_at <= now() - interval '12 hours')`,
    );
    expect(ended).toEqual([{ n: 0 }]);
    expect((await stolen.get('/referrals')).status).toBe(401);
  });

  it('refuses cookie-authenticated writes without the CSRF token, and cross-site writes', async () => {
    const client = await ApiClient.signedIn(base, 'auth.duty', TEST_PASSWORD);
    const none = await client.request('POST', '/referrals', {}, { 'X-XSRF-TOKEN': '' });
    expect(none.status).toBe(403);
    expect((await none.json()).message).toMatch(/CSRF token/);
    expect((await client.request('POST', '/referrals', {}, { 'X-XSRF-TOKEN': 'forged' })).status).toBe(403);
    expect((await client.request('POST', '/referrals', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await client.post('/referrals', {})).status).toBe(400); // with the token: through to validation
    // A form post (the kind a cross-site page can send without a preflight) is refused before anything else.
    const form = await client.request('POST', '/auth/sign-in', undefined, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400); // no body at all: validation
    const res = await fetch(`${base}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=auth.duty&password=x' });
    expect(res.status).toBe(415);
  });

  it('rate-limits sign-in attempts per address', async () => {
    const limited = await startApi({ SIGN_IN_RATE_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await new ApiClient(limited.base).signIn('nobody.here', 'whatever-password')).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.app.close();
    }
  });
});

describe('npm run users:create (cli users:create)', () => {
  const env = { ...itEnv('postgres', 'cli'), PATH: process.env['PATH'] ?? '' };
  const cli = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, 'users:create', ...args], { env, input, encoding: 'utf8' });

  it('names every bad flag and creates nothing', () => {
    const r = cli(['--username', 'Bad Name', '--roles', 'nurse', '--teams', 'nowhere']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--username: must be 3–64 characters');
    expect(r.stderr).toContain("--roles: unknown role 'nurse'");
    expect(r.stderr).toContain("--teams: unknown team 'nowhere'");
  });

  it('creates a user who can then sign in; the password comes from stdin', async () => {
    const r = cli(['--username', 'cli.made', '--roles', 'lead-professional,manager', '--teams', 'crisis', '--display-name', 'Made By Cli', '--password-stdin'], 'a-password-from-stdin\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const { app, base } = await startApi();
    try {
      const res = await new ApiClient(base).signIn('cli.made', 'a-password-from-stdin');
      expect(res.status).toBe(200);
      expect(((await res.json()) as SessionView).user).toMatchObject({ displayName: 'Made By Cli', roles: ['lead-professional', 'manager'] });
    } finally {
      await app.close();
    }
  });
});
