import { DemoScale, DutyDayResult, DutySchedule, extractColumns, recordAudit, systemActor } from '@camhs/application';
import { Clock, EXTRACT_FILES, ExtractFile } from '@camhs/domain';
import { assertMigrated, createDataSource } from '@camhs/persistence';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { UsageError } from './users.command';

export interface CopyLoadResult {
  referrals: number;
  children: number;
  waits: number;
  appointments: number;
  /** Seconds spent in COPY, in deriving the tables from the staged rows, and in the duty day. */
  phases: { copy: number; derive: number; duty: number };
  /** Seconds per derived table. */
  steps: Record<string, number>;
  dutyDay: DutyDayResult;
}

const STAGED: Record<ExtractFile, string> = { 'referrals.csv': 'x_referral', 'waits.csv': 'x_wait', 'appointments.csv': 'x_appointment' };

/** The stage a referral is at, as the domain's `stageOfExtractReferral` derives it (the import's rule, in SQL). */
const STAGE = `CASE WHEN x.discharged_on IS NOT NULL OR lower(x.assessment_outcome) = 'discharged' THEN 'discharged'
                    WHEN lower(x.assessment_outcome) = 'accepted' THEN 'accepted'
                    WHEN lower(x.access_outcome) IN ('redirected', 'returned') THEN lower(x.access_outcome)
                    WHEN lower(x.access_outcome) = 'accepted' OR t.bypasses_access THEN 'assessment'
                    ELSE 'access' END`;

/** Statements deriving the product's tables from the staged files, as `import:ptl` writes them ($1: the teams that skip access). */
const DERIVE: readonly (readonly [string, string])[] = [
  [
    'areas',
    `INSERT INTO area (code, name)
     SELECT DISTINCT ON (code) code, name FROM (
       SELECT x.name, coalesce(nullif(trim(both '-' from regexp_replace(lower(trim(x.name)), '[^a-z0-9]+', '-', 'g')), ''), 'area') AS code
         FROM (SELECT DISTINCT area AS name FROM x_referral) x
        WHERE NOT EXISTS (SELECT 1 FROM area a WHERE lower(a.code) = lower(x.name) OR lower(a.name) = lower(x.name))) s
     ORDER BY code, name
     ON CONFLICT (code) DO NOTHING`,
  ],
  [
    'teams',
    `INSERT INTO team (code, name, bypasses_access)
     SELECT x.code, x.code, x.code = ANY($1::text[]) FROM (SELECT DISTINCT lower(team) AS code FROM x_referral) x
      WHERE NOT EXISTS (SELECT 1 FROM team t WHERE t.code = x.code)`,
  ],
  [
    'area names',
    `CREATE TEMP TABLE x_area ON COMMIT DROP AS
     SELECT DISTINCT ON (n.name) n.name, a.id FROM (SELECT DISTINCT lower(area) AS name FROM x_referral) n
       JOIN area a ON lower(a.code) = n.name OR lower(a.name) = n.name ORDER BY n.name, (lower(a.name) = n.name) DESC`,
  ],
  [
    'children',
    // A child on several rows takes the last row's details, as the import's upserts leave it.
    `INSERT INTO child (source_id, nhs_number, given_name, family_name, date_of_birth)
     SELECT DISTINCT ON (x.child_id) x.child_id, nullif(replace(x.nhs_number, ' ', ''), ''), x.given_name, x.family_name, x.date_of_birth::date
       FROM x_referral x ORDER BY x.child_id, x.n DESC`,
  ],
  [
    'referrals',
    `INSERT INTO referral (source_id, child_id, area_id, team_id, referrer_type, urgency, received_on, stage, access_completed_on, access_outcome,
                           assessment_completed_on, assessment_outcome, discharged_on, rag, rag_set_on, lead_professional, acknowledged_at)
     SELECT x.referral_id, c.id, xa.id, t.id, lower(x.referrer_type), lower(x.urgency), x.received_on::date, ${STAGE},
            x.access_completed_on::date, lower(x.access_outcome), x.assessment_completed_on::date, lower(x.assessment_outcome), x.discharged_on::date,
            upper(x.rag), x.rag_set_on::date, nullif(trim(x.lead_professional), ''), x.received_on::date::timestamptz
       FROM x_referral x JOIN child c ON c.source_id = x.child_id JOIN x_area xa ON xa.name = lower(x.area) JOIN team t ON t.code = lower(x.team)`,
  ],
  ['team areas', `INSERT INTO team_area (team_id, area_id) SELECT DISTINCT team_id, area_id FROM referral ON CONFLICT DO NOTHING`],
  [
    'waits',
    `INSERT INTO wait (source_id, referral_id, list_id, added_on, started_on, removed_on)
     SELECT x.wait_id, r.id, l.id, x.added_on::date, x.started_on::date, x.removed_on::date
       FROM x_wait x JOIN referral r ON r.source_id = x.referral_id JOIN waiting_list l ON lower(l.name) = lower(trim(x.list))`,
  ],
  [
    'appointments',
    `INSERT INTO appointment (source_id, referral_id, wait_id, date, kind, status)
     SELECT x.appointment_id, r.id, w.id, x.date::date, lower(x.kind), lower(x.status)
       FROM x_appointment x JOIN referral r ON r.source_id = x.referral_id LEFT JOIN wait w ON w.source_id = x.wait_id`,
  ],
];

/** The header line of a file (its column order is free, spec "General rules"). */
async function headerOf(path: string): Promise<string[]> {
  const fh = await open(path);
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(4096), 0, 4096, 0);
    const line = buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/)[0];
    return line.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  } finally {
    await fh.close();
  }
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * Load a generated extract (trusted: written by the generator) into an empty migrated database, fast:
 * COPY each file into a temporary table, then derive the product's rows in SQL exactly as
 * `import:ptl` would write them (stage, team areas, acknowledgement on receipt), all in one
 * transaction; then the duty day the worker would run (the schedule planned, the day's review tasks
 * opened). Unlike the import it does not validate row by row, so it is for generated data only, and
 * it refuses a database that already holds referrals.
 */
export async function loadExtractByCopy(databaseUrl: string, folder: string, scale: DemoScale, clock: Clock): Promise<CopyLoadResult> {
  const ds = createDataSource(databaseUrl, { poolSize: 2 });
  await ds.initialize();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await assertMigrated(ds);
    const [{ n: existing }] = (await client.query(`SELECT count(*)::int AS n FROM referral`)).rows;
    if (existing > 0) throw new UsageError(`--load: the database already holds ${existing} referral(s); generated data is only loaded into an empty migrated database`);
    const phases = { copy: 0, derive: 0, duty: 0 };
    const counts = { referrals: 0, children: 0, waits: 0, appointments: 0 };
    await client.query('BEGIN');
    await client.query(`SET LOCAL work_mem = '256MB'; SET LOCAL maintenance_work_mem = '512MB'; SET LOCAL synchronous_commit = off`);
    // A superuser skips the per-row foreign-key triggers: the rows are joined to their parents here, so
    // every reference holds by construction, and the check would double the time of a national load.
    const [{ superuser }] = (await client.query(`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`)).rows;
    if (superuser) await client.query(`SET LOCAL session_replication_role = replica`);
    let started = performance.now();
    const staged: Record<string, number> = {};
    for (const file of Object.keys(STAGED) as ExtractFile[]) {
      const path = join(folder, file);
      const columns = await headerOf(path);
      const known = new Set<string>(extractColumns(file));
      const unknown = columns.filter((c) => !known.has(c));
      const missing = EXTRACT_FILES[file].required.filter((c) => !columns.includes(c));
      if (unknown.length || missing.length) throw new UsageError(`${path}: header ${unknown.length ? `has unknown columns ${unknown.join(', ')}` : `lacks ${missing.join(', ')}`}`);
      // Every column of the file, and the optional ones it leaves out, as text; n keeps the file's order.
      const all = extractColumns(file);
      await client.query(`CREATE TEMP TABLE ${STAGED[file]} (n bigserial, ${all.map((c) => `${c} text`).join(', ')}) ON COMMIT DROP`);
      const copy = client.query(copyFrom(`COPY ${STAGED[file]} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv, HEADER MATCH)`));
      await pipeline(createReadStream(path), copy);
      staged[file] = copy.rowCount ?? 0;
    }
    await client.query(`ANALYZE x_referral; ANALYZE x_wait; ANALYZE x_appointment`);
    phases.copy = seconds(started);
    started = performance.now();
    const bypassing = scale.teams.filter((t) => t.bypassesAccess).map((t) => t.code.toLowerCase());
    const steps: Record<string, number> = {};
    for (const [what, sql] of DERIVE) {
      const step = performance.now();
      const r = await client.query(sql, sql.includes('$1') ? [bypassing] : []);
      steps[what] = seconds(step);
      if (what === 'children') counts.children = r.rowCount ?? 0;
      if (what === 'referrals') counts.referrals = r.rowCount ?? 0;
      if (what === 'waits') counts.waits = r.rowCount ?? 0;
      if (what === 'appointments') counts.appointments = r.rowCount ?? 0;
    }
    const lost = [
      ['referrals.csv', counts.referrals],
      ['waits.csv', counts.waits],
      ['appointments.csv', counts.appointments],
    ].filter(([file, n]) => staged[file as ExtractFile] !== n);
    if (lost.length) throw new Error(`rows not loaded (an unknown list, area or id?): ${lost.map(([f, n]) => `${f} ${n} of ${staged[f as ExtractFile]}`).join(', ')}`);
    await recordAudit(client, systemActor('cli', 'data:generate'), { action: 'update', entityType: 'ptl-load', entityId: folder, outcome: 'success' });
    await client.query('COMMIT');
    // As autovacuum would leave them in time: statistics for the planner, and the visibility map for index-only scans.
    const vacuum = performance.now();
    for (const table of ['child', 'referral', 'wait', 'appointment', 'team_area']) await client.query(`VACUUM (ANALYZE) ${table}`);
    steps['vacuum and analyze'] = seconds(vacuum);
    phases.derive = seconds(started);
    started = performance.now();
    const dutyDay = await new DutySchedule(ds, clock).runDay();
    // The duty day has just written a row per waiting child and the day's tasks: their statistics too.
    for (const table of ['duty_schedule', 'duty_task']) await client.query(`VACUUM (ANALYZE) ${table}`);
    phases.duty = seconds(started);
    return { ...counts, phases, steps, dutyDay };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await client.end();
    await ds.destroy();
  }
}
