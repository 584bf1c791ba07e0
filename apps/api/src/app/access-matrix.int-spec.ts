import { ROUTE_POLICIES, ReferralView, policyFor, permits } from '@camhs/contracts';
import { ROLES, Role } from '@camhs/domain';
import { ApiClient, TEST_PASSWORD, createTestUser, itConfig } from '@camhs/server-testing';
import { configureQueueBackend } from '@camhs/queues';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApi } from './create-api';

interface OpenApiOperation {
  parameters?: { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean }[];
  requestBody?: unknown;
}
type OpenApiDocument = { paths: Record<string, Record<string, OpenApiOperation>> };

/** Users for the matrix: one per role. Scope: generic-outpatient covers Leicester, Leicestershire and Rutland. */
const TEAMS: Record<Role, string[]> = {
  'duty-clinician': ['generic-outpatient'],
  'lead-professional': ['generic-outpatient'],
  'panel-coordinator': ['inclusion-panel'],
  manager: ['generic-outpatient'],
  admin: [],
};

/**
 * How to call each operation that needs ids: an in-scope and an out-of-scope value, and the roles
 * whose record scope applies (administrators read any child's audit trail, so they have no
 * out-of-scope children there). An operation with parameters and no entry here fails the test.
 */
interface Fixture {
  inScope: string;
  outOfScope?: string;
  scopedRoles?: Role[];
}

describe('access matrix: every operation in the OpenAPI document × every role (and anonymous)', () => {
  let app: INestApplication;
  let base: string;
  let doc: OpenApiDocument;
  const clients = new Map<Role, ApiClient>();
  const fixtures = new Map<string, Fixture>();
  let inScope: ReferralView;
  let outOfScope: ReferralView;

  beforeAll(async () => {
    const config = itConfig('postgres', 'matrix', { SIGN_IN_RATE_PER_MINUTE: '1000' });
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
    const db = app.get(DataSource);

    // A team and an area no matrix user belongs to or covers.
    await db.query(`INSERT INTO area (code, name) VALUES ('matrix-elsewhere', 'Elsewhere') ON CONFLICT DO NOTHING`);
    await db.query(`INSERT INTO team (code, name) VALUES ('matrix-other-team', 'Other team') ON CONFLICT DO NOTHING`);
    await db.query(`INSERT INTO team_area (team_id, area_id) SELECT t.id, a.id FROM team t, area a
                     WHERE t.code = 'matrix-other-team' AND a.code = 'matrix-elsewhere' ON CONFLICT DO NOTHING`);
    for (const role of ROLES) {
      await createTestUser(db, `matrix.${role}`, [role], TEAMS[role]);
      clients.set(role, await ApiClient.signedIn(base, `matrix.${role}`, TEST_PASSWORD));
    }
    await createTestUser(db, 'matrix.outsider', ['manager'], ['matrix-other-team']);
    const outsider = await ApiClient.signedIn(base, 'matrix.outsider', TEST_PASSWORD);
    const referral = { givenName: 'Zephyrine', familyName: 'Quillborough', dateOfBirth: '2015-03-04', referrerType: 'gp', urgency: 'routine', receivedOn: '2026-11-02' };
    inScope = await (await signedInAs('duty-clinician').post('/referrals', { ...referral, area: 'rutland', team: 'generic-outpatient' })).json();
    outOfScope = await (await outsider.post('/referrals', { ...referral, area: 'matrix-elsewhere', team: 'matrix-other-team' })).json();
    expect(inScope.id).toBeDefined();
    expect(outOfScope.id).toBeDefined();

    fixtures.set('GET /api/referrals/{id}', { inScope: inScope.id, outOfScope: outOfScope.id, scopedRoles: ['duty-clinician', 'lead-professional', 'manager'] });
    fixtures.set('GET /api/referrals/{id}/timeline', { inScope: inScope.id, outOfScope: outOfScope.id, scopedRoles: ['duty-clinician', 'lead-professional', 'manager'] });
    // Moves along the pathway: with an empty body every permitted role is stopped by validation (400) before
    // anything is read, so their out-of-scope 404 is proved in referral-pathway.int-spec.ts instead.
    for (const move of ['access', 'assessment', 'discharge', 'waits', 'appointments']) fixtures.set(`POST /api/referrals/{id}/${move}`, { inScope: inScope.id });
    for (const key of ['POST /api/waits/{id}/start-treatment', 'POST /api/waits/{id}/remove', 'POST /api/appointments/{id}/outcome']) {
      fixtures.set(key, { inScope: '00000000-0000-4000-8000-00000000000a' }); // validation answers first; see referral-pathway.int-spec.ts
    }
    // Duty: risk assessments and lead professionals (validation answers first for the writes; scope in risk-assessments.int-spec.ts).
    fixtures.set('POST /api/referrals/{id}/risk-assessments', { inScope: inScope.id });
    fixtures.set('GET /api/referrals/{id}/risk-assessments', { inScope: inScope.id, outOfScope: outOfScope.id, scopedRoles: ['duty-clinician', 'lead-professional', 'manager'] });
    fixtures.set('POST /api/referrals/{id}/lead-professional', { inScope: inScope.id });
    fixtures.set('GET /api/teams/{team}/meeting-agenda', { inScope: 'generic-outpatient' });
    fixtures.set('GET /api/teams/{team}/lead-professionals', { inScope: 'generic-outpatient' });
    // The duty list and its work: a team of the matrix users (scope, claims, reviews, DNA decisions, screening: duty/duty-list.int-spec.ts, duty/duty-work.int-spec.ts);
    // the writes are stopped by validation (400) or name no task, contact or decision (404) before anything changes.
    fixtures.set('GET /api/duty/today', { inScope: 'generic-outpatient' });
    for (const key of ['POST /api/duty/tasks/{id}/claim', 'POST /api/duty/tasks/{id}/release', 'POST /api/duty/tasks/{id}/review', 'POST /api/duty/contacts/{id}/respond', 'POST /api/duty/safeguarding/{id}/decide', 'POST /api/duty/crisis-clocks/{id}/contact', 'POST /api/duty/crisis-clocks/{id}/assessment']) {
      fixtures.set(key, { inScope: '00000000-0000-4000-8000-0000000000d7' });
    }
    for (const key of ['POST /api/referrals/{id}/contacts', 'POST /api/referrals/{id}/screening', 'POST /api/referrals/{id}/no-response']) fixtures.set(key, { inScope: inScope.id });
    // Letters (no worker runs here): a generated letter for each referral, with a stored PDF.
    const generatedLetter = async (referralId: string): Promise<string> => {
      const [{ id }] = await db.query(
        `INSERT INTO letter (referral_id, kind, recipient, status, generated_at) VALUES ($1, 'acknowledgement', 'family', 'generated', now()) RETURNING id`,
        [referralId],
      );
      await db.query(`INSERT INTO letter_document (letter_id, pdf, sha256) VALUES ($1, $2, 'matrix')`, [id, Buffer.from('%PDF-1.7\n%%EOF\n')]);
      return id as string;
    };
    const [inScopeLetter, outOfScopeLetter] = [await generatedLetter(inScope.id), await generatedLetter(outOfScope.id)];
    fixtures.set('GET /api/letters/{id}/pdf', { inScope: inScopeLetter, outOfScope: outOfScopeLetter, scopedRoles: ['duty-clinician', 'lead-professional', 'manager'] });
    // The first permitted role marks it sent, the next are told it already was (409); scope and 409: letters.int-spec.ts.
    fixtures.set('POST /api/letters/{id}/sent', { inScope: inScopeLetter });
    fixtures.set('GET /api/reports/ptl', { inScope: '2019-01-31' }); // the required asOf
    fixtures.set('GET /api/reports/ptl/export', { inScope: '2019-01-31' });
    fixtures.set('GET /api/reports/ptl/weeks-waited', { inScope: '2019-01-31' });
    fixtures.set('GET /api/reports/ptl/snapshots/{id}', { inScope: '00000000-0000-4000-8000-0000000000cc' }); // none yet: 404 for managers
    fixtures.set('GET /api/reports/ptl/drill', { inScope: '2019-01-31' }); // asOf, and figure=2019-01-31: a 400 for permitted roles
    // The intervention panel: a panel (with a sitting and a case) of the matrix coordinator's team, and one of a council team
    // covering only an area nobody in the matrix covers. Writes are stopped by validation (400) or name nothing (404); the
    // cycle itself, consent, carry-over and the report are proved in panels/*.int-spec.ts.
    const panelFixture = async (teamCode: string, name: string) => {
      const [panel] = await db.query(`INSERT INTO panel (team_id, name, cadence) SELECT id, $2, 'monthly' FROM team WHERE code = $1 RETURNING id`, [teamCode, name]);
      const [sitting] = await db.query(`INSERT INTO panel_sitting (panel_id, sits_on) VALUES ($1, '2026-11-05') RETURNING id`, [panel.id]);
      const [child] = await db.query(`INSERT INTO child (given_name, family_name, date_of_birth) VALUES ('Peregrina', 'Matrixholme', '2016-02-03') RETURNING id`);
      const [user] = await db.query(`SELECT id FROM app_user WHERE username = 'matrix.panel-coordinator'`);
      const [panelCase] = await db.query(
        `INSERT INTO panel_case (panel_id, child_id, given_name, family_name, date_of_birth, school, brought_by_name, brought_by_role, need, created_by)
         VALUES ($1, $2, 'Peregrina', 'Matrixholme', '2016-02-03', 'A school', 'A SENCo', 'SENCo', 'A need', $3) RETURNING id`,
        [panel.id, child.id, user.id],
      );
      return { panel: panel.id as string, sitting: sitting.id as string, panelCase: panelCase.id as string };
    };
    await db.query(`INSERT INTO team (code, name, service) VALUES ('matrix-other-council', 'Other council panel', 'council') ON CONFLICT DO NOTHING`);
    await db.query(`INSERT INTO team_area (team_id, area_id) SELECT t.id, a.id FROM team t, area a
                     WHERE t.code = 'matrix-other-council' AND a.code = 'matrix-elsewhere' ON CONFLICT DO NOTHING`);
    const ours = await panelFixture('inclusion-panel', 'Matrix panel');
    const theirs = await panelFixture('matrix-other-council', 'Matrix panel elsewhere');
    const coordinatorOnly: Role[] = ['panel-coordinator'];
    fixtures.set('GET /api/panels/{id}', { inScope: ours.panel, outOfScope: theirs.panel, scopedRoles: coordinatorOnly });
    for (const key of ['GET /api/panels/{id}/report', 'GET /api/panels/{id}/report/export']) {
      fixtures.set(key, { inScope: ours.panel, outOfScope: theirs.panel, scopedRoles: ['panel-coordinator', 'manager'] });
    }
    for (const key of ['GET /api/panel-cases', 'GET /api/panel-reviews', 'GET /api/panel-actions']) fixtures.set(key, { inScope: ours.panel, outOfScope: theirs.panel, scopedRoles: coordinatorOnly });
    fixtures.set('GET /api/panel-cases/{id}', { inScope: ours.panelCase, outOfScope: theirs.panelCase, scopedRoles: coordinatorOnly });
    fixtures.set('GET /api/panel-sittings/{id}', { inScope: ours.sitting, outOfScope: theirs.sitting, scopedRoles: coordinatorOnly });
    for (const key of ['PUT /api/panels/{id}', 'POST /api/panels/{id}/members', 'PUT /api/panels/{id}/members/{memberId}', 'PUT /api/panels/{id}/budgets/{financialYear}', 'POST /api/panels/{id}/sittings', 'POST /api/panels/{id}/allocation-quote']) {
      fixtures.set(key, { inScope: ours.panel });
    }
    for (const move of ['consent', 'risk', 'withdraw']) fixtures.set(`POST /api/panel-cases/{id}/${move}`, { inScope: ours.panelCase });
    for (const key of ['POST /api/panel-sittings/{id}/agenda', 'POST /api/panel-sittings/{id}/agenda/remove', 'POST /api/panel-sittings/{id}/issue', 'GET /api/panel-sittings/{id}/pack',
      'PUT /api/panel-sittings/{id}/attendance', 'POST /api/panel-sittings/{id}/items/{itemId}/decision', 'POST /api/panel-sittings/{id}/close']) {
      fixtures.set(key, { inScope: ours.sitting }); // the pack: none produced yet, so 404 for the coordinator
    }
    for (const key of ['PUT /api/panel-catalogue/types/{id}', 'PUT /api/panel-catalogue/providers/{id}', 'PUT /api/panel-catalogue/entries/{id}', 'POST /api/panel-reviews/{id}/outcome', 'POST /api/panel-actions/{id}/done']) {
      fixtures.set(key, { inScope: '00000000-0000-4000-8000-0000000000e6' });
    }
    fixtures.set('GET /api/audit', { inScope: inScope.childId, outOfScope: outOfScope.childId, scopedRoles: ['manager'] });
    fixtures.set('GET /api/audit/export', { inScope: inScope.childId, outOfScope: outOfScope.childId, scopedRoles: ['manager'] });

    doc = await (await fetch(`${base}/docs-json`)).json();
  });

  afterAll(async () => {
    await app?.close();
  });

  const signedInAs = (role: Role): ApiClient => {
    const client = clients.get(role);
    if (!client) throw new Error(`no signed-in client for ${role}`);
    return client;
  };
  const declared = (key: string) => {
    const policy = policyFor(key);
    if (!policy) throw new Error(`${key} has no declared policy`);
    return policy;
  };

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
    );

  /** The URL for an operation, with ids filled from its fixture. */
  function url(key: string, op: OpenApiOperation, which: 'inScope' | 'outOfScope'): string {
    const [, path] = key.split(' ');
    const params = (op.parameters ?? []).filter((p) => p.in === 'path' || (p.in === 'query' && p.required));
    if (params.length === 0) return path.replace(/^\/api/, '');
    const fixture = fixtures.get(key);
    if (!fixture) throw new Error(`${key} takes ${params.map((p) => p.name).join(', ')}: add a fixture for it to the access-matrix test`);
    const id = fixture[which] as string;
    let result = path.replace(/^\/api/, '');
    const query: string[] = [];
    for (const p of params) {
      if (p.in === 'path') result = result.replace(`{${p.name}}`, id);
      else query.push(`${p.name}=${id}`);
    }
    return query.length ? `${result}?${query.join('&')}` : result;
  }

  function call(client: ApiClient, key: string, op: OpenApiOperation, which: 'inScope' | 'outOfScope' = 'inScope'): Promise<Response> {
    const method = key.split(' ')[0];
    return client.request(method, url(key, op, which), op.requestBody ? {} : undefined);
  }

  it('has a declared policy for every operation, and an operation for every policy', () => {
    const keys = operations().map((o) => o.key);
    expect(keys.filter((k) => !policyFor(k))).toEqual([]);
    expect(Object.keys(ROUTE_POLICIES).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('lets anonymous callers reach only public operations (401 otherwise)', async () => {
    for (const { key, op } of operations()) {
      const res = await call(new ApiClient(base), key, op);
      const policy = declared(key);
      if (policy.access === 'public') expect([key, res.status]).not.toEqual([key, 401]);
      else expect([key, res.status]).toEqual([key, 401]);
    }
  });

  it('answers 404 for records outside the caller’s scope, exactly as for ids that do not exist', async () => {
    const nowhere = '00000000-0000-4000-8000-0000000000ff';
    let checked = 0;
    for (const { key, op } of operations()) {
      const fixture = fixtures.get(key);
      if (!fixture?.outOfScope) continue;
      for (const role of fixture.scopedRoles ?? []) {
        const client = signedInAs(role);
        const inside = await call(client, key, op, 'inScope');
        expect([key, role, inside.status]).toEqual([key, role, 200]);
        const outside = await call(client, key, op, 'outOfScope');
        expect([key, role, outside.status]).toEqual([key, role, 404]);
        const missing = await client.request(key.split(' ')[0], url(key, op, 'outOfScope').replace(fixture.outOfScope, nowhere));
        expect([key, role, missing.status]).toEqual([key, role, 404]);
        const [a, b] = [await outside.json(), await missing.json()];
        expect(a.message.replace(fixture.outOfScope, 'ID')).toBe(b.message.replace(nowhere, 'ID'));
        checked++;
      }
    }
    // referral, its timeline, its risk assessments and a letter's PDF × 3 clinical roles, audit list and export × manager;
    // a panel, its cases list, a case, a sitting, its reviews and actions × coordinator, the panel report and its export × coordinator and manager
    expect(checked).toBe(24);
  });

  it('leaves records outside the caller’s scope out of lists', async () => {
    for (const role of ['duty-clinician', 'lead-professional', 'manager'] as const) {
      const page = (await (await signedInAs(role).get('/referrals?pageSize=200')).json()) as { items: ReferralView[] };
      const ids = page.items.map((r) => r.id);
      expect([role, ids.includes(inScope.id), ids.includes(outOfScope.id)]).toEqual([role, true, false]);
    }
  });

  it('lets an administrator read any child’s audit trail', async () => {
    const res = await signedInAs('admin').get(`/audit?childId=${outOfScope.childId}`);
    expect(res.status).toBe(200);
  });

  it('answers 403 to every role the policy does not name, and lets the others through', async () => {
    // Sign-out ends the session, so it goes last.
    const ordered = operations().sort((a, b) => Number(a.key.endsWith('sign-out')) - Number(b.key.endsWith('sign-out')));
    for (const { key, op } of ordered) {
      for (const role of ROLES) {
        const res = await call(signedInAs(role), key, op);
        const expected = permits(declared(key), [role]).allowed;
        // Let through: anything but 401/403 (a 400 or 404 is the operation itself answering) and never a fault.
        if (expected) expect([key, role, res.status !== 401 && res.status !== 403 && res.status < 500]).toEqual([key, role, true]);
        else expect([key, role, res.status]).toEqual([key, role, 403]);
      }
    }
  });

  it('keeps the facts the service depends on (written out by hand)', () => {
    const allowed = (key: keyof typeof ROUTE_POLICIES) => ROLES.filter((r) => permits(ROUTE_POLICIES[key], [r]).allowed);
    expect(allowed('GET /api/referrals/{id}')).toEqual(['duty-clinician', 'lead-professional', 'manager']);
    expect(allowed('GET /api/referrals/{id}/timeline')).toEqual(['duty-clinician', 'lead-professional', 'manager']);
    expect(allowed('POST /api/referrals')).toEqual(['duty-clinician', 'lead-professional', 'manager']);
    expect(allowed('GET /api/audit')).toEqual(['manager', 'admin']);
    expect(allowed('GET /api/audit/export')).toEqual(['manager', 'admin']);
    for (const key of ['GET /api/letters', 'GET /api/letters/{id}/pdf', 'POST /api/letters/{id}/sent'] as const) {
      expect([key, allowed(key)]).toEqual([key, ['duty-clinician', 'lead-professional', 'manager', 'admin']]);
    }
    expect(allowed('GET /api/duty/today')).toEqual(['duty-clinician', 'lead-professional', 'manager']);
    expect(allowed('GET /api/duty/caseload')).toEqual(['lead-professional']);
    // Panel coordinators work panel cases and never CAMHS records; managers read the panel report; administrators configure the catalogue with coordinators.
    for (const key of ['GET /api/referrals', 'GET /api/referrals/{id}', 'GET /api/duty/today', 'GET /api/reports/ptl'] as const) expect([key, allowed(key).includes('panel-coordinator')]).toEqual([key, false]);
    expect(allowed('GET /api/panel-cases/{id}')).toEqual(['panel-coordinator']);
    expect(allowed('POST /api/panel-sittings/{id}/items/{itemId}/decision')).toEqual(['panel-coordinator']);
    expect(allowed('GET /api/panels/{id}/report')).toEqual(['panel-coordinator', 'manager']);
    expect(allowed('GET /api/panels')).toEqual(['panel-coordinator', 'manager']);
    expect(allowed('PUT /api/panel-catalogue/entries/{id}')).toEqual(['panel-coordinator', 'admin']);
    expect(ROUTE_POLICIES['GET /api/health'].access).toBe('public');
  });
});
