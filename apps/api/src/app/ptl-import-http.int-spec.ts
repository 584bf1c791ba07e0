import { ApiClient, TEST_PASSWORD, createTestUser, itConfig } from '@camhs/server-testing';
import { configureQueueBackend } from '@camhs/queues';
import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApi } from './create-api';

const FIXTURE = join(__dirname, '..', '..', '..', '..', 'tools', 'fixtures', 'ptl-small');
const FILES = ['referrals.csv', 'waits.csv', 'appointments.csv'] as const;

/** The fixture with its own ids (HX-…), NHS number, new area and new team, so it does not meet the CLI test's rows. */
function extract(change: (file: string, text: string) => string = (_, t) => t): FormData {
  const form = new FormData();
  for (const file of FILES) {
    const text = readFileSync(join(FIXTURE, file), 'utf8').replaceAll('FX-', 'HX-').replaceAll('712 345 6785', '612 345 6784').replaceAll('7123456785', '6123456784')
      .replaceAll('Oakham Fringe', 'Oakham Fringe HX').replaceAll('fixture-team', 'fixture-team-hx');
    form.append(file.replace('.csv', ''), new Blob([change(file, text)], { type: 'text/csv' }), file);
  }
  return form;
}

describe('POST /api/imports/ptl (multipart)', () => {
  let app: INestApplication;
  let db: DataSource;
  let admin: ApiClient;
  let clinician: ApiClient;

  beforeAll(async () => {
    const config = itConfig('postgres', 'import-http', { SIGN_IN_RATE_PER_MINUTE: '1000' });
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    const base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    await createTestUser(db, 'import.admin', ['admin']);
    await createTestUser(db, 'import.clinician', ['duty-clinician'], ['generic-outpatient']);
    admin = await ApiClient.signedIn(base, 'import.admin', TEST_PASSWORD);
    clinician = await ApiClient.signedIn(base, 'import.clinician', TEST_PASSWORD);
  });

  afterAll(async () => {
    await app?.close();
  });

  const held = async () => Number((await db.query(`SELECT count(*) AS n FROM referral WHERE source_id LIKE 'HX-%'`))[0].n);

  it('rejects a bad extract with every problem located, writing nothing', async () => {
    const res = await admin.upload('/imports/ptl', extract((file, t) => (file === 'waits.csv' ? t.replace('Neurodevelopmental', 'Astrology') : t)));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.message).toBe('The extract was rejected: 1 problem(s); nothing was written');
    expect(body.problems).toEqual([
      expect.objectContaining({ file: 'waits.csv', line: 2, column: 3, columnName: 'list', message: expect.stringMatching(/^unknown waiting list 'Astrology'/) }),
    ]);
    expect(await held()).toBe(0);
  });

  it('imports for an administrator, the same counts as the command line, and re-imports changing nothing', async () => {
    const res = await admin.upload('/imports/ptl', extract());
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      ok: true,
      referrals: { created: 5, updated: 0, unchanged: 0 },
      waits: { created: 2, updated: 0, unchanged: 0 },
      appointments: { created: 2, updated: 0, unchanged: 0 },
    });
    const again = await (await admin.upload('/imports/ptl', extract())).json();
    expect(again.referrals).toEqual({ created: 0, updated: 0, unchanged: 5 });
    expect(await held()).toBe(5);
  });

  it('refuses an NHS number already held for another child, at its line', async () => {
    const res = await admin.upload('/imports/ptl', extract((file, t) => (file === 'referrals.csv' ? t.replaceAll('HX-C2', 'HX-C9') : t)));
    expect(res.status).toBe(400);
    const problems = (await res.json()).problems;
    expect(problems.map((p: { line: number; columnName: string; message: string }) => [p.line, p.columnName, p.message])).toEqual([
      [3, 'nhs_number', "is already held for another child (source id 'HX-C2'); one NHS number is one child"],
    ]);
  });

  it('is for administrators only', async () => {
    expect((await clinician.upload('/imports/ptl', extract())).status).toBe(403);
  });
});
