import { itEnv } from '@camhs/server-testing';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'apps', 'cli', 'main.js');
const FIXTURE = join(ROOT, 'tools', 'fixtures', 'ptl-small');

describe('npm run import:ptl (cli import:ptl)', () => {
  const env = { ...itEnv('postgres', 'import'), PATH: process.env['PATH'] ?? '' };
  const importDir = (dir: string) => spawnSync(process.execPath, [CLI, 'import:ptl', dir], { env, encoding: 'utf8' });
  let db: Client;
  const count = async (sql: string) => Number((await db.query(sql)).rows[0].n);
  const totals = async () => ({
    referrals: await count(`SELECT count(*) AS n FROM referral WHERE source_id LIKE 'FX-%'`),
    waits: await count(`SELECT count(*) AS n FROM wait WHERE source_id LIKE 'FX-%'`),
    appointments: await count(`SELECT count(*) AS n FROM appointment WHERE source_id LIKE 'FX-%'`),
  });

  /** A copy of the fixture with one file's text changed. */
  const variant = (file: string, change: (text: string) => string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'ptl-'));
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
    return dir;
  };

  beforeAll(async () => {
    db = new Client({ connectionString: env.DATABASE_URL });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
  });

  describe('a bad extract is rejected whole, every problem located, nothing written', () => {
    const rejects = (dir: string, expected: string[]) => {
      const r = importDir(dir);
      rmSync(dir, { recursive: true, force: true });
      expect(r.status).toBe(1);
      for (const line of expected) expect(r.stderr).toContain(line);
      expect(r.stderr).toMatch(/rejected: \d+ problem\(s\) in .*; nothing was written/);
    };

    afterEach(async () => {
      expect(await totals()).toEqual({ referrals: 0, waits: 0, appointments: 0 });
    });

    it('names unknown and missing columns at line 1 with their column number', () => {
      rejects(
        variant('waits.csv', (t) => t.replace('added_on', 'addded_on')),
        [
          "waits.csv:1:4: addded_on: unknown column 'addded_on'",
          "waits.csv:1: required column 'added_on' is missing",
        ],
      );
    });

    it('names each bad cell by file, line and column — in several rows and files at once', () => {
      rejects(
        variant('referrals.csv', (t) => t.replace('FX-R1,FX-C1,,Fennimore,Quayleworth,2010-04-02', 'FX-R1,FX-C1,9434765918,Fennimore,,2010-04-31').replace('self,routine', 'self,soon')),
        [
          'referrals.csv:2:3: nhs_number: fails the NHS number Modulus 11 check',
          'referrals.csv:2:5: family_name: is required',
          "referrals.csv:2:6: date_of_birth: '2010-04-31' is not a date written YYYY-MM-DD",
          "referrals.csv:6:10: urgency: 'soon' is not one of: routine, urgent",
        ],
      );
    });

    it('refuses dates out of pathway order', () => {
      rejects(variant('referrals.csv', (t) => t.replace('2018-10-01,2018-10-20,accepted', '2018-10-21,2018-10-20,accepted')), [
        'referrals.csv:3:12: access_completed_on: 2018-10-20 is before received_on (2018-10-21); dates must follow the pathway order',
      ]);
    });

    it('refuses a repeated id, naming the first line', () => {
      rejects(variant('appointments.csv', (t) => `${t}FX-A1,FX-R2,,2018-10-21,other,attended\n`), [
        "appointments.csv:4:1: appointment_id: 'FX-A1' appears again (first on line 2)",
      ]);
    });

    it('checks the files against each other: unknown referral, wait on a referral not accepted, unknown list, foreign wait', () => {
      rejects(
        variant('waits.csv', (t) => `${t}FX-W3,FX-R9,ADOS,2018-11-15,,\nFX-W4,FX-R3,ADOS,2018-11-15,,\nFX-W5,FX-R2,Astrology,2018-11-15,,\n`),
        [
          "waits.csv:4:2: referral_id: referral 'FX-R9' is not in referrals.csv",
          "waits.csv:5:2: referral_id: referral 'FX-R3' was not accepted at assessment (assessment_outcome must be 'accepted')",
          "waits.csv:6:3: list: unknown waiting list 'Astrology'; the lists are: ADOS,",
        ],
      );
      rejects(variant('appointments.csv', (t) => t.replace('FX-A2,FX-R2,FX-W1', 'FX-A2,FX-R1,FX-W1')), [
        "appointments.csv:3:3: wait_id: wait 'FX-W1' belongs to another referral ('FX-R2')",
      ]);
    });

    it('says which file is missing', () => {
      const dir = variant('waits.csv', (t) => t);
      rmSync(join(dir, 'appointments.csv'));
      rejects(dir, ['appointments.csv: appointments.csv is missing from the extract']);
    });
  });

  it('imports the hand-built extract, then re-imports it changing nothing', async () => {
    const first = importDir(FIXTURE);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('referrals:    5 created, 0 updated, 0 unchanged');
    expect(first.stdout).toContain('waits:        2 created, 0 updated, 0 unchanged');
    expect(first.stdout).toContain('appointments: 2 created, 0 updated, 0 unchanged');
    expect(first.stdout).toContain('new areas:    Oakham Fringe');
    expect(first.stdout).toContain('new teams:    fixture-team');

    const rows = (
      await db.query(
        `SELECT r.source_id, c.source_id AS child, r.stage, r.urgency, r.referrer_type, r.rag, a.name AS area, t.code AS team
           FROM referral r JOIN child c ON c.id = r.child_id JOIN area a ON a.id = r.area_id JOIN team t ON t.id = r.team_id
          WHERE r.source_id LIKE 'FX-%' ORDER BY r.source_id`,
      )
    ).rows;
    expect(rows).toEqual([
      { source_id: 'FX-R1', child: 'FX-C1', stage: 'access', urgency: 'routine', referrer_type: 'gp', rag: null, area: 'Rutland', team: 'generic-outpatient' },
      { source_id: 'FX-R2', child: 'FX-C2', stage: 'accepted', urgency: 'urgent', referrer_type: 'school', rag: 'AMBER', area: 'Rutland', team: 'generic-outpatient' },
      { source_id: 'FX-R3', child: 'FX-C3', stage: 'redirected', urgency: 'routine', referrer_type: 'parent', rag: null, area: 'Rutland', team: 'generic-outpatient' },
      { source_id: 'FX-R4', child: 'FX-C2', stage: 'assessment', urgency: 'routine', referrer_type: 'gp', rag: null, area: 'Rutland', team: 'eating-disorders' },
      { source_id: 'FX-R5', child: 'FX-C4', stage: 'discharged', urgency: 'routine', referrer_type: 'self', rag: null, area: 'Oakham Fringe', team: 'fixture-team' },
    ]);
    expect((await db.query(`SELECT l.name, w.started_on IS NOT NULL AS started FROM wait w JOIN waiting_list l ON l.id = w.list_id WHERE w.source_id LIKE 'FX-%' ORDER BY w.source_id`)).rows).toEqual([
      { name: 'Neurodevelopmental', started: false },
      { name: 'Treatment', started: true },
    ]);

    const again = importDir(FIXTURE);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('referrals:    0 created, 0 updated, 5 unchanged');
    expect(again.stdout).toContain('waits:        0 created, 0 updated, 2 unchanged');
    expect(again.stdout).toContain('appointments: 0 created, 0 updated, 2 unchanged');
    expect(await totals()).toEqual({ referrals: 5, waits: 2, appointments: 2 });

    // A changed row updates in place.
    const changed = variant('appointments.csv', (t) => t.replace('2019-02-14,assessment,booked', '2019-02-14,assessment,attended'));
    const third = importDir(changed);
    rmSync(changed, { recursive: true, force: true });
    expect(third.stdout).toContain('appointments: 0 created, 1 updated, 1 unchanged');
    expect(await totals()).toEqual({ referrals: 5, waits: 2, appointments: 2 });
  });

  it('round-trips: an export re-imported changes nothing, and imported into an empty database exports the same files', async () => {
    expect(importDir(FIXTURE).status).toBe(0);
    const out = mkdtempSync(join(tmpdir(), 'ptl-export-'));
    const exported = spawnSync(process.execPath, [CLI, 'export:ptl', out], { env, encoding: 'utf8' });
    expect(exported.stderr).toBe('');
    expect(exported.stdout).toMatch(/^exported to .*: \d+ referrals, \d+ waits, \d+ appointments/);
    expect(readFileSync(join(out, 'referrals.csv'), 'utf8').split('\n')[0]).toBe(
      'referral_id,child_id,nhs_number,given_name,family_name,date_of_birth,area,team,referrer_type,urgency,received_on,access_completed_on,access_outcome,assessment_completed_on,assessment_outcome,discharged_on,rag,rag_set_on,lead_professional',
    );

    // Everything in this database (imported or born here) comes back as itself.
    const reimport = importDir(out);
    // On failure, show what the import said (every rejected row is located).
    expect({ status: reimport.status, said: reimport.status === 0 ? '' : `${reimport.stdout}${reimport.stderr}`.slice(0, 3000) }).toEqual({ status: 0, said: '' });
    expect(reimport.stdout).toMatch(/referrals: {4}0 created, 0 updated, \d+ unchanged/);
    expect(reimport.stdout).toMatch(/waits: {8}0 created, 0 updated, \d+ unchanged/);
    expect(reimport.stdout).toMatch(/appointments: 0 created, 0 updated, \d+ unchanged/);

    // Into an empty database and out again: the same three files, byte for byte.
    const fresh = new URL(env.DATABASE_URL);
    fresh.pathname = `/${process.env['IT_RUN']}_roundtrip`;
    const freshEnv = { ...env, DATABASE_URL: fresh.toString() };
    const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { env: freshEnv, encoding: 'utf8' });
    const again = mkdtempSync(join(tmpdir(), 'ptl-export-'));
    try {
      expect(run(['migrate']).status).toBe(0);
      const loaded = run(['import:ptl', out]);
      expect(loaded.stderr).toBe('');
      expect(run(['export:ptl', again]).status).toBe(0);
      for (const file of ['referrals.csv', 'waits.csv', 'appointments.csv']) {
        expect([file, readFileSync(join(again, file), 'utf8')]).toEqual([file, readFileSync(join(out, file), 'utf8')]);
      }
    } finally {
      await db.query(`DROP DATABASE IF EXISTS "${fresh.pathname.slice(1)}" WITH (FORCE)`);
      rmSync(out, { recursive: true, force: true });
      rmSync(again, { recursive: true, force: true });
    }
  });
});
