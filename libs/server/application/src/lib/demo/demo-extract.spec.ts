import {
  AppointmentRecord,
  ReferralRecord,
  WaitRecord,
  addDays,
  appointmentAgainstOthers,
  headerProblems,
  isValidNhsNumber,
  parseAppointmentRow,
  parseReferralRow,
  parseWaitRow,
  waitAgainstReferral,
} from '@camhs/domain';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { demoExtractChunks, demoExtractSource } from './demo-extract';
import { DATA_SCALES, withReferrals } from './data-scales';
import { DEMO_SCALES, DemoScale } from './demo-profile';
import { DemoOptions } from './demo-service';

/** The waiting lists the migrations configure (domain.md). */
const LISTS = [
  'ADOS', 'Assessment', 'Assessment & Treatment', 'Behaviour', 'General Group', 'Neurodevelopmental',
  'Psychiatric Opinion', 'School Observation', 'Treatment', 'Psychodynamic Psychotherapy', 'Psychological Therapies',
];

const csv = (o: DemoOptions, file: 'referrals.csv' | 'waits.csv' | 'appointments.csv') => [...demoExtractChunks(o, file)].join('');

interface Extract {
  referrals: ReferralRecord[];
  waits: WaitRecord[];
  appointments: AppointmentRecord[];
  problems: string[];
}

/** Read the generated files back with the extract's own rules (spec/ptl-extract.md), as the import checks them. */
function readBack(o: DemoOptions): Extract {
  const out: Extract = { referrals: [], waits: [], appointments: [], problems: [] };
  const rows = (file: 'referrals.csv' | 'waits.csv' | 'appointments.csv') => {
    const text = csv(o, file);
    out.problems.push(...headerProblems(file, text.slice(0, text.indexOf('\n')).split(',')).map((p) => `${file} header: ${p.message}`));
    return parse(text, { columns: true }) as Record<string, string>[];
  };
  const keep = <T>(file: string, line: number, parsed: { record: T | null; problems: { column: string | null; message: string }[] }, into: T[]) => {
    out.problems.push(...parsed.problems.map((p) => `${file}:${line}: ${p.column}: ${p.message}`));
    if (parsed.record) into.push(parsed.record);
  };
  rows('referrals.csv').forEach((cells, i) => keep('referrals.csv', i + 2, parseReferralRow(cells), out.referrals));
  rows('waits.csv').forEach((cells, i) => keep('waits.csv', i + 2, parseWaitRow(cells, LISTS), out.waits));
  rows('appointments.csv').forEach((cells, i) => keep('appointments.csv', i + 2, parseAppointmentRow(cells), out.appointments));
  return out;
}

/** Every rule the import applies across files and rows, and the pathway's date order as of the extract date. */
function invariantBreaches(o: DemoOptions, x: Extract): string[] {
  const bad: string[] = [...x.problems];
  const unique = (what: string, ids: string[]) => ids.length !== new Set(ids).size && bad.push(`${what} ids repeat`);
  unique('referral', x.referrals.map((r) => r.referralId));
  unique('wait', x.waits.map((w) => w.waitId));
  unique('appointment', x.appointments.map((a) => a.appointmentId));
  const referrals = new Map(x.referrals.map((r) => [r.referralId, r]));
  const waits = new Map(x.waits.map((w) => [w.waitId, w]));
  const firstDay = addDays(o.asOf, 1 - o.scale.historyDays);
  const nhsOwner = new Map<string, string>();
  for (const r of x.referrals) {
    const dates = [r.receivedOn, r.accessCompletedOn, r.assessmentCompletedOn, r.dischargedOn, r.ragSetOn].filter((d): d is string => d !== null);
    if (r.receivedOn < firstDay || dates.some((d) => d > o.asOf)) bad.push(`${r.referralId}: a date outside ${firstDay} – ${o.asOf}`);
    if (r.ragSetOn && r.assessmentCompletedOn && r.ragSetOn < r.assessmentCompletedOn) bad.push(`${r.referralId}: rated before assessment`);
    if (r.nhsNumber && (!isValidNhsNumber(r.nhsNumber) || !r.nhsNumber.startsWith('999'))) bad.push(`${r.referralId}: NHS number outside the 999 test range`);
    if (r.nhsNumber && (nhsOwner.get(r.nhsNumber) ?? r.childId) !== r.childId) bad.push(`${r.nhsNumber} given for two children`);
    if (r.nhsNumber) nhsOwner.set(r.nhsNumber, r.childId);
  }
  const openOnList = new Set<string>();
  for (const w of x.waits) {
    const r = referrals.get(w.referralId);
    bad.push(...waitAgainstReferral(w, r).map((p) => `${w.waitId}: ${p.message}`));
    const end = w.startedOn ?? w.removedOn;
    if (w.addedOn > o.asOf || (end && end > o.asOf)) bad.push(`${w.waitId}: dated after ${o.asOf}`);
    // A discharge ends every wait: none is open, or ends, after the referral's discharge.
    if (r?.dischargedOn && (!end || end > r.dischargedOn)) bad.push(`${w.waitId}: still open after the discharge on ${r.dischargedOn}`);
    const key = `${w.referralId}/${w.list}`;
    if (!end && openOnList.has(key)) bad.push(`${w.waitId}: a second open wait on ${w.list}`);
    if (!end) openOnList.add(key);
  }
  for (const a of x.appointments) {
    const r = referrals.get(a.referralId);
    bad.push(...appointmentAgainstOthers(a, r !== undefined, a.waitId ? waits.get(a.waitId)?.referralId : null).map((p) => `${a.appointmentId}: ${p.message}`));
    if ((a.status === 'booked') !== a.date > o.asOf) bad.push(`${a.appointmentId}: ${a.status} on ${a.date}, as of ${o.asOf}`);
    if (a.status === 'booked' && a.date > addDays(o.asOf, 42)) bad.push(`${a.appointmentId}: booked more than six weeks ahead`);
    if (r && a.date < r.receivedOn) bad.push(`${a.appointmentId}: before the referral was received`);
    if (r?.dischargedOn && a.date > r.dischargedOn) bad.push(`${a.appointmentId}: after the discharge`);
  }
  return bad;
}

describe('the demonstration extract', () => {
  const options: DemoOptions = { seed: 1, asOf: '2026-01-22', scale: DEMO_SCALES.demo };

  it('is valid by the extract’s own rules, row by row and across files, with dates in pathway order', () => {
    const x = readBack(options);
    expect(x.referrals.length).toBeGreaterThan(1500);
    expect(invariantBreaches(options, x)).toEqual([]);
  });

  it('writes every column of each file, the required ones first, as the extract’s column definitions list them', () => {
    expect(csv(options, 'waits.csv').split('\n')[0]).toBe('wait_id,referral_id,list,added_on,started_on,removed_on');
    expect(csv(options, 'appointments.csv').split('\n')[0]).toBe('appointment_id,referral_id,date,kind,status,wait_id');
    expect(csv(options, 'referrals.csv').split('\n')[0].split(',')).toHaveLength(19);
  });

  it('is the same, byte for byte, for the same seed and as-of date, and differs with either', () => {
    for (const file of ['referrals.csv', 'waits.csv', 'appointments.csv'] as const) expect(csv(options, file)).toBe(csv({ ...options }, file));
    expect(csv({ ...options, seed: 2 }, 'referrals.csv')).not.toBe(csv(options, 'referrals.csv'));
    expect(csv({ ...options, asOf: '2026-01-23' }, 'referrals.csv')).not.toBe(csv(options, 'referrals.csv'));
  });

  it('streams the same text when opened as an import source, as often as it is opened', async () => {
    const source = demoExtractSource(options);
    const read = async () => {
      let text = '';
      for await (const chunk of source.open('waits.csv')) text += chunk.toString();
      return text;
    };
    const first = await read();
    expect(first).toBe(csv(options, 'waits.csv'));
    expect(await read()).toBe(first);
    expect(source.exists('appointments.csv')).toBe(true);
  });

  it('is valid in the national shape too (200 made-up teams, waits on three lists, a backlog), at a small size', () => {
    const national: DemoOptions = { seed: 5, asOf: '2026-11-20', scale: withReferrals(DATA_SCALES.national, 3_000) };
    const x = readBack(national);
    expect(x.referrals.length).toBeGreaterThan(2_700);
    expect(invariantBreaches(national, x)).toEqual([]);
  });

  it('keeps every rule for any seed and as-of date (property)', () => {
    const small: DemoScale = { ...DEMO_SCALES.demo, name: 'small', referralsPerMonth: 12, historyDays: 400 };
    const day = fc.integer({ min: 0, max: 365 * 20 }).map((n) => addDays('2015-01-01', n));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), day, (seed, asOf) => {
        const o = { seed, asOf, scale: small };
        expect(invariantBreaches(o, readBack(o))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
