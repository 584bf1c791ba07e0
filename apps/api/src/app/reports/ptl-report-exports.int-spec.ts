import { FIGURES_HEADER, FIGURES_SHEET, ptlReportFigures } from '@camhs/application';
import type { PtlDrillRow, PtlReport, PtlWeeksWaited } from '@camhs/contracts';
import { ApiClient, TEST_PASSWORD, createTestUser, itConfig, itEnv } from '@camhs/server-testing';
import { configureQueueBackend } from '@camhs/queues';
import { INestApplication } from '@nestjs/common';
import { Workbook } from 'exceljs';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApi } from '../create-api';
import { RUTLAND_31_JAN_2019, RUTLAND_WEEKS_WAITED_31_JAN_2019 } from './ptl-small-report.expected';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const CLI = join(ROOT, 'dist', 'apps', 'cli', 'main.js');
const FIXTURE = join(ROOT, 'tools', 'fixtures', 'ptl-small');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Cell = string | number | boolean | undefined;

/** The rows of a sheet as plain arrays (exceljs numbers columns from 1). */
function rowsOf(book: Workbook, name: string): Cell[][] {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.getSheetValues().filter(Array.isArray).map((r) => (r as Cell[]).slice(1));
}

/** The Figures sheet as path → value. */
function figureValues(book: Workbook): Map<string, Cell> {
  const rows = rowsOf(book, FIGURES_SHEET);
  const header = rows.findIndex((r) => r[0] === FIGURES_HEADER[0]);
  return new Map(rows.slice(header + 1).map((r) => [r[5] as string, r[2]]));
}

/**
 * The report's exports (XLSX, PDF) and the weeks-waited distribution over the hand-built extract in
 * tools/fixtures/ptl-small, in a database of their own. The figures expected are the hand-worked
 * ones of ptl-small-report.expected.ts; the weeks waited are worked out below.
 */
describe('the PTL report’s exports and weeks-waited distribution', () => {
  const base = itEnv('postgres', 'report-exports');
  const url = new URL(base.DATABASE_URL);
  url.pathname = `/${process.env['IT_RUN']}_report_exports`;
  const env = { ...base, DATABASE_URL: url.toString(), PATH: process.env['PATH'] ?? '' };
  const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8' });
  /** The command line while the API runs in this process: not blocking its event loop (a blocked server drops kept-alive connections). */
  const cliAsync = (args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done, failed) => {
      const child = spawn(process.execPath, [CLI, ...args], { env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.on('error', failed);
      child.on('close', (status) => done({ status, stdout, stderr }));
    });
  const out = mkdtempSync(join(tmpdir(), 'ptl-report-exports-'));
  let app: INestApplication;
  let manager: ApiClient;

  beforeAll(async () => {
    expect(cli(['migrate']).status).toBe(0);
    expect(cli(['import:ptl', FIXTURE]).stderr).toBe('');
    const config = itConfig('postgres', 'report-exports', { DATABASE_URL: url.toString(), SIGN_IN_RATE_PER_MINUTE: '1000' });
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    // generic-outpatient covers Leicester, Leicestershire and Rutland: the manager sees Rutland.
    await createTestUser(app.get(DataSource), 'exports.manager', ['manager'], ['generic-outpatient']);
    manager = await ApiClient.signedIn(`${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1'), 'exports.manager', TEST_PASSWORD);
  });

  afterAll(async () => {
    await app?.close();
    rmSync(out, { recursive: true, force: true });
    const admin = new Client({ connectionString: base.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${url.pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();
  });

  const weeksWaited = async (asOf: string, area = 'Rutland'): Promise<PtlWeeksWaited> => {
    const res = await manager.get(`/reports/ptl/weeks-waited?asOf=${asOf}&area=${area}`);
    expect(res.status).toBe(200);
    return res.json();
  };
  const bandCounts = async (asOf: string) => Object.fromEntries((await weeksWaited(asOf)).bands.map((b) => [b.band, b.waits]));
  const drill = async (figure: string, asOf: string): Promise<PtlDrillRow[]> =>
    (await manager.get(`/reports/ptl/drill?asOf=${asOf}&area=Rutland&figure=${encodeURIComponent(figure)}`)).json();

  it('gives the XLSX over HTTP with every figure equal to the hand-worked report, and each table as a sheet', async () => {
    const res = await manager.get('/reports/ptl/export?asOf=2019-01-31&area=Rutland&format=xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="ptl-report-2019-01-31-rutland.xlsx"');
    const book = new Workbook();
    await book.xlsx.load(await res.arrayBuffer());

    const values = figureValues(book);
    const expected = ptlReportFigures(RUTLAND_31_JAN_2019, RUTLAND_WEEKS_WAITED_31_JAN_2019);
    expect(values.size).toBe(expected.length);
    // Null (no longest wait without an appointment: every child waiting has one) is an empty cell.
    expect(expected.map((f) => [f.path, values.get(f.path)])).toEqual(expected.map((f) => [f.path, f.value ?? undefined]));
    expect(values.get('waitingForAccess.longestWeeks')).toBe(45);
    expect(values.get('rtt.over13Weeks')).toBe(1);

    expect(rowsOf(book, 'referralsByMonth').slice(0, 11)).toEqual([
      ['month', 'routine', 'urgent'],
      ...RUTLAND_31_JAN_2019.referralsByMonth.map((m) => [m.month, m.routine, m.urgent]),
    ]);
    expect(rowsOf(book, 'accessCompliance').slice(0, 3)).toEqual([
      ['month', 'urgency', 'pass', 'fail'],
      ['2018-07', 'routine', 1, 0],
      ['2018-10', 'urgent', 1, 0],
    ]);
    expect(rowsOf(book, 'waitingForTreatment.byList').slice(0, 2)).toEqual([
      ['list', 'waits'],
      ['Neurodevelopmental', 1],
    ]);
    expect(rowsOf(book, 'weeksWaited')[2]).toEqual(['4-13', 4, 13, 1]);
  });

  it('writes the same XLSX figures on the command line, and a PDF; both need --out', async () => {
    const file = join(out, 'report.xlsx');
    const written = await cliAsync(['report:ptl', '--as-of', '2019-01-31', '--area', 'Rutland', '--format', 'xlsx', '--out', file]);
    expect([written.status, written.stderr]).toEqual([0, '']);
    const book = new Workbook();
    await book.xlsx.load(new Uint8Array(readFileSync(file)).buffer); // exceljs types its input as an ArrayBuffer
    const http = new Workbook();
    await http.xlsx.load(await (await manager.get('/reports/ptl/export?asOf=2019-01-31&area=Rutland&format=xlsx')).arrayBuffer());
    expect([...figureValues(book)]).toEqual([...figureValues(http)]);

    const pdf = join(out, 'report.pdf');
    expect((await cliAsync(['report:ptl', '--as-of', '2019-01-31', '--area', 'Rutland', '--format', 'pdf', '--out', pdf])).status).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

    const noOut = await cliAsync(['report:ptl', '--as-of', '2019-01-31', '--format', 'xlsx']);
    expect([noOut.status, noOut.stderr.trim()]).toEqual([2, '--out: the xlsx format is a file; say where to write it (--out FILE)']);
    const unknown = await cliAsync(['report:ptl', '--as-of', '2019-01-31', '--format', 'docx']);
    expect([unknown.status, unknown.stderr.trim()]).toEqual([2, "--format: 'docx' is not a format; use one of json, csv, xlsx, pdf"]);
  });

  it('gives the PDF over HTTP: A4, a valid document, named after the report', async () => {
    const res = await manager.get('/reports/ptl/export?asOf=2019-01-31&area=Rutland&format=pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="ptl-report-2019-01-31-rutland.pdf"');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString().trim()).toBe('%%EOF');
    const text = pdf.toString('latin1');
    expect([...text.matchAll(/\/Type \/Page\b/g)].length).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it('keeps the CSV the default and as it was; refuses an unknown format, naming the field; audits every export', async () => {
    const csv = await manager.get('/reports/ptl/export?asOf=2019-01-31&area=Rutland');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="ptl-report-2019-01-31-rutland.csv"');
    expect(await csv.text()).toBe((await cliAsync(['report:ptl', '--as-of', '2019-01-31', '--area', 'Rutland', '--format', 'csv'])).stdout);
    const explicit = await manager.get('/reports/ptl/export?asOf=2019-01-31&area=Rutland&format=csv');
    expect(explicit.headers.get('content-type')).toBe('text/csv; charset=utf-8');

    const bad = await manager.get('/reports/ptl/export?asOf=2019-01-31&format=docx');
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors).toEqual([{ field: 'format', messages: ['format must be one of csv, xlsx, pdf'] }]);

    // Earlier in this file: XLSX twice (one compared with the command line's), PDF once; here CSV twice. The command line is not audited.
    const audited = await app.get(DataSource).query(`SELECT username, entity_id FROM audit_event WHERE action = 'export' AND entity_type = 'ptl-report'`);
    expect(audited).toEqual(Array(5).fill({ username: 'exports.manager', entity_id: '2019-01-31' }));
  });

  it('gives the weeks-waited distribution: open waits by whole weeks since added to the list', async () => {
    expect(await weeksWaited('2019-01-31')).toEqual(RUTLAND_WEEKS_WAITED_31_JAN_2019);
    // W1 and W2 were both added on 15 Nov 2018 (W2 started on 10 Jan 2019, so only W1 is open after that).
    const cases: [string, Record<string, number>][] = [
      ['2018-11-20', { '0-4': 2, '4-13': 0, '13-18': 0, '18-52': 0, '52+': 0 }], // 5 days: 0 weeks, both open
      ['2019-01-05', { '0-4': 0, '4-13': 2, '13-18': 0, '18-52': 0, '52+': 0 }], // 15 + 31 + 5 = 51 days: 7 weeks
      ['2019-02-13', { '0-4': 0, '4-13': 1, '13-18': 0, '18-52': 0, '52+': 0 }], // W1: 77 + 13 = 90 days: 12 weeks
      ['2019-02-14', { '0-4': 0, '4-13': 0, '13-18': 1, '18-52': 0, '52+': 0 }], // 91 days: 13 whole weeks, the lower bound is in
      ['2019-03-20', { '0-4': 0, '4-13': 0, '13-18': 1, '18-52': 0, '52+': 0 }], // 91 + 14 + 20 = 125 days: 17 weeks
      ['2019-03-21', { '0-4': 0, '4-13': 0, '13-18': 0, '18-52': 1, '52+': 0 }], // 126 days: 18 weeks
      ['2019-11-13', { '0-4': 0, '4-13': 0, '13-18': 0, '18-52': 1, '52+': 0 }], // 363 days (a year from 15 Nov 2018 is 365): 51 weeks
      ['2019-11-14', { '0-4': 0, '4-13': 0, '13-18': 0, '18-52': 0, '52+': 1 }], // 364 days: 52 weeks
    ];
    for (const [asOf, expected] of cases) {
      expect([asOf, await bandCounts(asOf)]).toEqual([asOf, expected]);
      // The bands add up to the report's waits for treatment.
      const report: PtlReport = await (await manager.get(`/reports/ptl?asOf=${asOf}&area=Rutland`)).json();
      const sum = Object.values(expected).reduce((a, b) => a + b, 0);
      expect([asOf, report.waitingForTreatment.waits]).toEqual([asOf, sum]);
    }
    const unknown = await manager.get('/reports/ptl/weeks-waited?asOf=2019-01-31&area=Atlantis');
    expect((await unknown.json()).errors).toEqual([{ field: 'area', messages: ["unknown area 'Atlantis'"] }]);
  });

  it('opens each band as its waits, with the child’s name and the referral’s own id', async () => {
    const [r2] = await app.get(DataSource).query(`SELECT r.id, r.child_id FROM referral r WHERE r.source_id = 'FX-R2'`);
    expect(await drill('weeksWaited.13-18', '2019-02-14')).toEqual([
      { id: r2.id, referralId: 'FX-R2', childId: r2.child_id, childName: 'Ysolde Marrowgate', waitId: 'FX-W1', list: 'Neurodevelopmental', days: 91, urgency: 'urgent' },
    ]);
    expect(await drill('weeksWaited.4-13', '2019-02-14')).toEqual([]);
    expect((await drill('weeksWaited.52+', '2019-11-14')).map((r) => [r.waitId, r.days])).toEqual([['FX-W1', 364]]);
    const bad = await manager.get('/reports/ptl/drill?asOf=2019-01-31&figure=weeksWaited.13-19');
    expect((await bad.json()).errors).toEqual([{ field: 'figure', messages: ["'weeksWaited.13-19' is not a figure of the report that can be opened"] }]);
    // The children listed are in the audit trail, by id.
    const [audited] = await app.get(DataSource).query(
      `SELECT child_ids FROM audit_event WHERE action = 'read' AND entity_type = 'ptl-drill' AND entity_id = 'weeksWaited.13-18'`,
    );
    expect(audited.child_ids).toEqual([r2.child_id]);
  });

  it('lists a child waiting for treatment with no rating under its open wait’s referral', async () => {
    // Clear C2's rating (as the owner: the API's role may not update): C2 is then waiting for treatment, unrated.
    const owner = new Client({ connectionString: url.toString() });
    await owner.connect();
    await owner.query(`UPDATE referral SET rag = NULL, rag_set_on = NULL WHERE source_id = 'FX-R2'`);
    await owner.end();
    const report: PtlReport = await (await manager.get('/reports/ptl?asOf=2019-01-31&area=Rutland')).json();
    expect(report.duty.rag).toEqual({ RED: 0, AMBER: 0, GREEN: 0, unrated: 1 });
    expect((await drill('duty.rag.unrated', '2019-01-31')).map((r) => [r.referralId, r.childName, r.urgency])).toEqual([['FX-R2', 'Ysolde Marrowgate', 'urgent']]);
  });
});
