import { DEFAULT_SERVICE_CONTACT, GenerateLetters } from '@camhs/application';
import type { LetterQueueItem, Page, ReferralView, ValidationErrorBody } from '@camhs/contracts';
import { configureQueueBackend } from '@camhs/queues';
import { ApiClient, TEST_PASSWORD, createTestUser, itConfig } from '@camhs/server-testing';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApi } from '../create-api';

const referral = { dateOfBirth: '2014-02-11', referrerType: 'school', urgency: 'routine', receivedOn: '2026-11-02' };

describe('the letter queue over HTTP', () => {
  let app: INestApplication;
  let db: DataSource;
  let base: string;
  let admin: ApiClient;
  let adminWithoutTeam: ApiClient;
  let clinician: ApiClient;
  let outsider: ApiClient;
  let mine: ReferralView;
  let theirs: ReferralView;
  /** Letters of `mine`: the three acknowledgements (generated) and the three access outcomes (queued). */
  let generated: LetterQueueItem[];
  let queued: LetterQueueItem[];

  const list = async (client: ApiClient, query = ''): Promise<Page<LetterQueueItem>> => {
    const res = await client.get(`/letters?pageSize=200${query}`);
    expect(res.status).toBe(200);
    return res.json();
  };
  const lastAudit = async (username: string, entityType: string) =>
    (await db.query(
      `SELECT action, entity_id, child_ids, outcome, operation FROM audit_event WHERE username = $1 AND entity_type = $2 ORDER BY id DESC LIMIT 1`,
      [username, entityType],
    ))[0];
  const reference = (id: string) => `L-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;

  beforeAll(async () => {
    const config = itConfig('postgres', 'lettershttp', { SIGN_IN_RATE_PER_MINUTE: '1000' });
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    await createTestUser(db, 'letters.admin', ['admin'], ['generic-outpatient']);
    await createTestUser(db, 'letters.lonely-admin', ['admin'], []);
    await createTestUser(db, 'letters.clinician', ['duty-clinician'], ['generic-outpatient']);
    await createTestUser(db, 'letters.outsider', ['duty-clinician'], ['crisis']);
    [admin, adminWithoutTeam, clinician, outsider] = await Promise.all(
      ['letters.admin', 'letters.lonely-admin', 'letters.clinician', 'letters.outsider'].map((u) => ApiClient.signedIn(base, u, TEST_PASSWORD)),
    );

    mine = await (await clinician.post('/referrals', { ...referral, givenName: 'Tamsin', familyName: 'Quorrell-Vey', area: 'leicester', team: 'generic-outpatient' })).json();
    theirs = await (await outsider.post('/referrals', { ...referral, givenName: 'Bramwell', familyName: 'Ostlethorpe', area: 'leicester', team: 'crisis' })).json();
    const accessed = await clinician.post(`/referrals/${mine.id}/access`, { version: 1, completedOn: '2026-11-20', outcome: 'accepted' });
    expect(accessed.status).toBe(200);
    // No worker runs here: queue the letters as the worker's jobs would, and generate the acknowledgements.
    for (const r of [mine, theirs]) {
      await db.query(`INSERT INTO letter (referral_id, kind, recipient) SELECT $1, 'acknowledgement', unnest(ARRAY['family','gp','referrer'])`, [r.id]);
    }
    await new GenerateLetters(db, DEFAULT_SERVICE_CONTACT).run();
    await db.query(`INSERT INTO letter (referral_id, kind, recipient) SELECT $1, 'access-outcome', unnest(ARRAY['family','gp','referrer'])`, [mine.id]);

    const all = (await list(admin)).items.filter((l) => l.referralId === mine.id);
    generated = all.filter((l) => l.kind === 'acknowledgement');
    queued = all.filter((l) => l.kind === 'access-outcome');
    expect([generated.length, queued.length]).toEqual([3, 3]);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists the letters of the caller’s teams, newest first, naming the child; the children listed are audited', async () => {
    const page = await list(admin);
    const item = page.items.find((l) => l.id === generated[0].id);
    expect(item).toMatchObject({
      referralId: mine.id,
      childId: mine.childId,
      childName: 'Tamsin Quorrell-Vey',
      team: 'Generic outpatient',
      kind: 'acknowledgement',
      status: 'generated',
      sentAt: null,
      sentBy: null,
    });
    expect(item?.generatedAt).not.toBeNull();
    // The access outcomes were queued after the acknowledgements, so they come first.
    const order = page.items.filter((l) => l.referralId === mine.id).map((l) => l.kind);
    expect(order).toEqual(['access-outcome', 'access-outcome', 'access-outcome', 'acknowledgement', 'acknowledgement', 'acknowledgement']);
    expect(page.items.some((l) => l.referralId === theirs.id)).toBe(false);
    expect(await lastAudit('letters.admin', 'letter-list')).toMatchObject({ action: 'read', outcome: 'success', operation: 'GET /api/letters' });
    expect((await lastAudit('letters.admin', 'letter-list')).child_ids).toContain(mine.childId);

    // Filtered by status.
    const onlyQueued = await list(admin, '&status=queued');
    expect(onlyQueued.items.every((l) => l.status === 'queued')).toBe(true);
    expect(onlyQueued.items.filter((l) => l.referralId === mine.id).map((l) => l.id).sort()).toEqual(queued.map((l) => l.id).sort());

    // An administrator with no team has no letters; a clinician of another team sees only theirs.
    expect((await list(adminWithoutTeam)).items).toEqual([]);
    const outside = await list(outsider);
    expect([outside.items.some((l) => l.referralId === mine.id), outside.items.some((l) => l.referralId === theirs.id)]).toEqual([false, true]);
  });

  it('names the field of a bad filter', async () => {
    const res = await admin.get('/letters?status=posted');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ValidationErrorBody).errors).toEqual([{ field: 'status', messages: ['status must be one of: queued, generated, sent'] }]);
  });

  it('downloads the stored PDF as an attachment named by kind, recipient and reference, never the child', async () => {
    const letter = generated.find((l) => l.recipient === 'family');
    if (!letter) throw new Error('no family letter');
    const res = await admin.get(`/letters/${letter.id}/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="letter-acknowledgement-family-${reference(letter.id)}.pdf"`);
    const body = Buffer.from(await res.arrayBuffer());
    const [{ pdf }] = await db.query(`SELECT pdf FROM letter_document WHERE letter_id = $1`, [letter.id]);
    expect(body.equals(pdf)).toBe(true);
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await lastAudit('letters.admin', 'letter')).toMatchObject({ action: 'export', entity_id: letter.id, child_ids: [mine.childId], outcome: 'success' });

    const notYet = await admin.get(`/letters/${queued[0].id}/pdf`);
    expect(notYet.status).toBe(409);
    expect((await notYet.json()).message).toMatch(/^This letter has not been generated yet/);
  });

  it('marks a generated letter sent once: the next attempt is told who sent it (409), and both are audited', async () => {
    const letter = generated.find((l) => l.recipient === 'gp');
    if (!letter) throw new Error('no GP letter');
    const res = await admin.post(`/letters/${letter.id}/sent`);
    expect(res.status).toBe(200);
    const sent = (await res.json()) as LetterQueueItem;
    expect(sent).toMatchObject({ id: letter.id, status: 'sent', sentBy: 'letters.admin' });
    expect(sent.sentAt).not.toBeNull();
    const [row] = await db.query(`SELECT l.status, u.username FROM letter l JOIN app_user u ON u.id = l.sent_by WHERE l.id = $1`, [letter.id]);
    expect(row).toEqual({ status: 'sent', username: 'letters.admin' });
    expect(await lastAudit('letters.admin', 'letter')).toMatchObject({ action: 'update', entity_id: letter.id, outcome: 'success' });

    const again = await clinician.post(`/letters/${letter.id}/sent`);
    expect(again.status).toBe(409);
    expect((await again.json()).message).toMatch(/^This letter was already marked sent by letters\.admin on /);
    expect(await lastAudit('letters.clinician', 'letter')).toMatchObject({ action: 'update', entity_id: letter.id, outcome: 'failure' });
    expect((await list(admin, '&status=sent')).items.map((l) => l.id)).toContain(letter.id);

    const notGenerated = await admin.post(`/letters/${queued[0].id}/sent`);
    expect(notGenerated.status).toBe(409);
    expect((await notGenerated.json()).message).toMatch(/^This letter has not been generated yet, so it cannot have been sent/);
  });

  it('lets only one of two people marking the same letter at once succeed', async () => {
    const letter = generated.find((l) => l.recipient === 'referrer');
    if (!letter) throw new Error('no referrer letter');
    const answers = await Promise.all([admin.post(`/letters/${letter.id}/sent`), clinician.post(`/letters/${letter.id}/sent`)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  });

  it('answers 404 for a letter outside the caller’s scope, exactly as for one that does not exist, and audits the attempt', async () => {
    const letter = generated.find((l) => l.recipient === 'family');
    if (!letter) throw new Error('no family letter');
    const nowhere = '00000000-0000-4000-8000-00000000dead';
    for (const [who, client] of [['outsider', outsider], ['admin without a team', adminWithoutTeam]] as const) {
      for (const call of [(id: string) => client.get(`/letters/${id}/pdf`), (id: string) => client.post(`/letters/${id}/sent`)]) {
        const [outside, missing] = [await call(letter.id), await call(nowhere)];
        expect([who, outside.status, missing.status]).toEqual([who, 404, 404]);
        expect((await outside.json()).message.replace(letter.id, 'ID')).toBe((await missing.json()).message.replace(nowhere, 'ID'));
      }
    }
    expect(await lastAudit('letters.outsider', 'letter')).toMatchObject({ action: 'denied', entity_id: letter.id, child_ids: [mine.childId], outcome: 'not-found' });
    const [{ status }] = await db.query(`SELECT status FROM letter WHERE id = $1`, [letter.id]);
    expect(status).toBe('generated');
  });
});
