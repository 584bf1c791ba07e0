import { AuditEventView, ReferralView } from '@camhs/contracts';
import { ApiClient, TEST_PASSWORD, createTestUser, itConfig } from '@camhs/server-testing';
import { createDataSource } from '@camhs/persistence';
import { configureQueueBackend } from '@camhs/queues';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApi } from './create-api';

const referral = {
  givenName: 'Auditta',
  familyName: 'Trailworth',
  dateOfBirth: '2012-08-30',
  area: 'leicester',
  team: 'crisis',
  referrerType: 'school',
  urgency: 'urgent',
  receivedOn: '2026-11-19',
};

describe('audit trail', () => {
  let app: INestApplication;
  let base: string;
  let db: DataSource;
  /** A connection as the tables' owner (what migrations use), for fault injection and owner-level checks. */
  let owner: DataSource;
  let clinician: ApiClient;
  let manager: ApiClient;
  let created: ReferralView;

  const eventsFor = async (childId: string): Promise<AuditEventView[]> =>
    ((await (await manager.get(`/audit?childId=${childId}&pageSize=200`)).json()) as { items: AuditEventView[] }).items;

  beforeAll(async () => {
    const config = itConfig('postgres', 'audit', { SIGN_IN_RATE_PER_MINUTE: '1000' });
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    owner = createDataSource(config.databaseUrl, { poolSize: 1 });
    await owner.initialize();
    await createTestUser(db, 'audit.clinician', ['duty-clinician'], ['crisis']);
    await createTestUser(db, 'audit.manager', ['manager'], ['crisis']);
    clinician = await ApiClient.signedIn(base, 'audit.clinician', TEST_PASSWORD);
    manager = await ApiClient.signedIn(base, 'audit.manager', TEST_PASSWORD);
    const res = await clinician.post('/referrals', referral);
    expect(res.status).toBe(201);
    created = await res.json();
  });

  afterAll(async () => {
    await owner?.destroy();
    await app?.close();
  });

  it('records a write, in the same transaction, with who, which role and which request', async () => {
    const events = await eventsFor(created.childId);
    const create = events.find((e) => e.action === 'create');
    expect(create).toMatchObject({
      username: 'audit.clinician',
      roleUsed: 'duty-clinician',
      entityType: 'referral',
      entityId: created.id,
      childIds: [created.childId],
      operation: 'POST /api/referrals',
      outcome: 'success',
    });
    expect(create?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rolls the change back when its audit entry cannot be written (same transaction)', async () => {
    const [{ n: before }] = await db.query(`SELECT count(*)::int AS n FROM referral`);
    // Make every 'create' audit insert fail, as a full disk or a broken constraint would (as the owner: the app cannot).
    await owner.query(`ALTER TABLE audit_event ADD CONSTRAINT test_refuse_create CHECK (action <> 'create') NOT VALID`);
    try {
      const res = await clinician.post('/referrals', { ...referral, givenName: 'Rolledback' });
      expect(res.status).toBe(500);
    } finally {
      await owner.query(`ALTER TABLE audit_event DROP CONSTRAINT test_refuse_create`);
    }
    const [{ n: after }] = await db.query(`SELECT count(*)::int AS n FROM referral`);
    expect(after).toBe(before);
    expect(await db.query(`SELECT 1 FROM child WHERE given_name = 'Rolledback'`)).toEqual([]);
  });

  it('records reads of a record and of lists that show the child, with the request id the caller was given', async () => {
    const one = await clinician.get(`/referrals/${created.id}`);
    const requestId = one.headers.get('x-request-id');
    await clinician.get('/referrals?team=crisis');
    const events = await eventsFor(created.childId);
    expect(events.find((e) => e.requestId === requestId)).toMatchObject({ action: 'read', entityType: 'referral', entityId: created.id, operation: 'GET /api/referrals/{id}' });
    expect(events.find((e) => e.entityType === 'referral-list')).toMatchObject({ action: 'read', username: 'audit.clinician', operation: 'GET /api/referrals' });
  });

  it('records exports, and reading the trail itself', async () => {
    const csv = await manager.get(`/audit/export?childId=${created.childId}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await csv.text();
    expect(text.split('\n')[0]).toBe('occurred_at,username,user_id,role_used,action,entity_type,entity_id,operation,outcome,request_id,child_ids');
    expect(text).toContain(`audit.clinician`);
    expect(text).not.toContain('Auditta');
    const events = await eventsFor(created.childId);
    expect(events.find((e) => e.action === 'export')).toMatchObject({ username: 'audit.manager', roleUsed: 'manager', entityType: 'audit-trail' });
    expect(events.some((e) => e.action === 'read' && e.entityType === 'audit-trail')).toBe(true);
  });

  it('records denials: a role without access, an ended session, and a record outside scope', async () => {
    const before = new Date();
    expect((await clinician.get(`/audit?childId=${created.childId}`)).status).toBe(403);
    const signedOut = await ApiClient.signedIn(base, 'audit.clinician', TEST_PASSWORD);
    const replayed = signedOut.clone();
    await signedOut.post('/auth/sign-out');
    expect((await replayed.get(`/referrals/${created.id}`)).status).toBe(401);
    // A request with no session at all is refused too, but only logged: it is nobody's access to anything.
    expect((await new ApiClient(base).get(`/referrals/${created.id}`)).status).toBe(401);
    await createTestUser(db, 'audit.elsewhere', ['duty-clinician'], ['eating-disorders']);
    const elsewhere = await ApiClient.signedIn(base, 'audit.elsewhere', TEST_PASSWORD);
    expect((await elsewhere.get(`/referrals/${created.id}`)).status).toBe(404);

    const denials = await db.query(
      `SELECT username, action, entity_type, operation, outcome, child_ids FROM audit_event WHERE action IN ('denied', 'sign-out') AND occurred_at >= $1 ORDER BY id`,
      [before],
    );
    expect(denials).toEqual([
      { username: 'audit.clinician', action: 'denied', entity_type: 'route', operation: 'GET /api/audit', outcome: 'denied', child_ids: [] },
      { username: 'audit.clinician', action: 'sign-out', entity_type: 'session', operation: 'POST /api/auth/sign-out', outcome: 'success', child_ids: [] },
      { username: null, action: 'denied', entity_type: 'route', operation: 'GET /api/referrals/{id}', outcome: 'denied', child_ids: [] },
      { username: 'audit.elsewhere', action: 'denied', entity_type: 'referral', operation: 'GET /api/referrals/{id}', outcome: 'not-found', child_ids: [created.childId] },
    ]);
  });

  it('records a write refused because it falls outside the caller’s scope', async () => {
    const before = new Date();
    const res = await clinician.post('/referrals', { ...referral, team: 'eating-disorders' });
    expect(res.status).toBe(400);
    expect((await res.json()).errors.map((e: { field: string }) => e.field)).toEqual(['team']);
    const rows = await db.query(`SELECT username, action, entity_type, outcome FROM audit_event WHERE action = 'denied' AND occurred_at >= $1`, [before]);
    expect(rows).toEqual([{ username: 'audit.clinician', action: 'denied', entity_type: 'referral', outcome: 'denied' }]);
  });

  it('records sign-ins, failed and successful', async () => {
    const before = new Date();
    await new ApiClient(base).signIn('audit.clinician', 'not-the-password');
    await new ApiClient(base).signIn('audit.clinician', TEST_PASSWORD);
    const rows = await db.query(`SELECT username, outcome FROM audit_event WHERE action = 'sign-in' AND occurred_at >= $1 ORDER BY id`, [before]);
    expect(rows).toEqual([
      { username: 'audit.clinician', outcome: 'failure' },
      { username: 'audit.clinician', outcome: 'success' },
    ]);
  });

  it('cannot be altered or removed by the application (its role has no such grant and owns nothing)', async () => {
    const [{ n: before }] = await db.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(await db.query(`SELECT current_user AS u`)).toEqual([{ u: 'camhs_app' }]);
    await expect(db.query(`UPDATE audit_event SET username = 'someone-else'`)).rejects.toThrow(/permission denied for table audit_event/);
    await expect(db.query(`DELETE FROM audit_event`)).rejects.toThrow(/permission denied for table audit_event/);
    await expect(db.query(`TRUNCATE audit_event`)).rejects.toThrow(/permission denied for table audit_event/);
    await expect(db.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change`)).rejects.toThrow(/must be owner of (table|relation) audit_event/);
    await expect(db.query(`DROP TRIGGER audit_event_no_change ON audit_event`)).rejects.toThrow(/must be owner of (table|relation) audit_event/);
    const [{ n: after }] = await db.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(after).toBe(before);
    expect(await db.query(`SELECT 1 FROM audit_event WHERE username = 'someone-else'`)).toEqual([]);
  });

  it('refuses changes even to the owner, through the trigger the migration created', async () => {
    await expect(owner.query(`UPDATE audit_event SET username = 'someone-else'`)).rejects.toThrow(/audit_event is append-only: UPDATE is not allowed/);
    await expect(owner.query(`DELETE FROM audit_event`)).rejects.toThrow(/audit_event is append-only: DELETE is not allowed/);
    await expect(owner.query(`TRUNCATE audit_event`)).rejects.toThrow(/audit_event is append-only: TRUNCATE is not allowed/);
  });
});
