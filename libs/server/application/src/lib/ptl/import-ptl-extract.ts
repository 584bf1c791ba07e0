import {
  AppointmentRecord,
  ReferralFacts,
  ReferralRecord,
  WaitRecord,
  appointmentAgainstOthers,
  parseAppointmentRow,
  parseReferralRow,
  parseWaitRow,
  stageOfExtractReferral,
  waitAgainstReferral,
} from '@camhs/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditActor, recordAudit } from '../audit/audit-log';
import { ExtractError, ExtractSource, readExtractFile } from './extract-reader';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export type ImportResult =
  | { ok: true; referrals: ImportCounts; waits: ImportCounts; appointments: ImportCounts; areasCreated: string[]; teamsCreated: string[] }
  | { ok: false; errors: ExtractError[] };

/** Rows written per statement: bounded memory whatever the size of the extract. */
const BATCH = 1000;

const zero = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 });

/**
 * Import a PTL extract (spec/ptl-extract.md). All or nothing: the files are first read and checked
 * in full, streaming, keeping only ids and the facts the cross-file rules need; any problem rejects
 * the import with every problem located by file, line and column, and nothing is written. A clean
 * extract is then read again and written in batches inside one transaction, matched on the source
 * ids, so re-importing it updates in place and creates nothing twice.
 */
@Injectable()
export class ImportPtlExtract {
  constructor(private readonly db: DataSource) {}

  async execute(source: ExtractSource, actor: AuditActor): Promise<ImportResult> {
    const lists: string[] = (await this.db.query(`SELECT name FROM waiting_list ORDER BY name`)).map((r: { name: string }) => r.name);
    const errors = await this.check(source, lists);
    if (errors.length) return { ok: false, errors };
    return this.db.transaction((em) => this.write(em, source, lists, actor));
  }

  private async check(source: ExtractSource, lists: string[]): Promise<ExtractError[]> {
    const errors: ExtractError[] = [];
    const referrals = new Map<string, { line: number; facts: ReferralFacts | null }>();
    const nhsOwner = new Map<string, { childId: string; line: number }>();
    errors.push(
      ...(await readExtractFile(source, 'referrals.csv', (row) => {
        const { record, problems } = parseReferralRow(row.cells);
        errors.push(...problems.map(row.at));
        const id = record?.referralId ?? row.cells['referral_id']?.trim();
        if (!id) return;
        const first = referrals.get(id);
        if (first) {
          errors.push(row.at({ column: 'referral_id', message: `'${id}' appears again (first on line ${first.line})` }));
          return;
        }
        referrals.set(id, { line: row.line, facts: record ? { assessmentOutcome: record.assessmentOutcome, assessmentCompletedOn: record.assessmentCompletedOn } : null });
        if (record?.nhsNumber) {
          const owner = nhsOwner.get(record.nhsNumber);
          if (owner && owner.childId !== record.childId) {
            errors.push(row.at({ column: 'nhs_number', message: `is also given for child '${owner.childId}' (line ${owner.line}); one NHS number is one child` }));
          } else if (!owner) nhsOwner.set(record.nhsNumber, { childId: record.childId, line: row.line });
        }
      })),
    );
    errors.push(...(await this.nhsNumbersHeldByOthers(nhsOwner)));
    const waits = new Map<string, { line: number; referralId: string }>();
    const openOnList = new Map<string, number>();
    errors.push(
      ...(await readExtractFile(source, 'waits.csv', (row) => {
        const { record, problems } = parseWaitRow(row.cells, lists);
        errors.push(...problems.map(row.at));
        if (!record) {
          // Known even when the row is bad, so appointments naming it are not reported a second time.
          const id = row.cells['wait_id']?.trim();
          if (id && !waits.has(id)) waits.set(id, { line: row.line, referralId: row.cells['referral_id']?.trim() ?? '' });
          return;
        }
        const first = waits.get(record.waitId);
        if (first) {
          errors.push(row.at({ column: 'wait_id', message: `'${record.waitId}' appears again (first on line ${first.line})` }));
          return;
        }
        waits.set(record.waitId, { line: row.line, referralId: record.referralId });
        const referral = referrals.get(record.referralId);
        if (referral?.facts !== null) errors.push(...waitAgainstReferral(record, referral?.facts).map(row.at));
        if (!record.startedOn && !record.removedOn) {
          const key = `${record.referralId}\u0000${record.list}`;
          const other = openOnList.get(key);
          if (other) errors.push(row.at({ column: 'list', message: `referral '${record.referralId}' already has an open wait on ${record.list} (line ${other})` }));
          else openOnList.set(key, row.line);
        }
      })),
    );
    const appointments = new Map<string, number>();
    errors.push(
      ...(await readExtractFile(source, 'appointments.csv', (row) => {
        const { record, problems } = parseAppointmentRow(row.cells);
        errors.push(...problems.map(row.at));
        if (!record) return;
        const first = appointments.get(record.appointmentId);
        if (first) {
          errors.push(row.at({ column: 'appointment_id', message: `'${record.appointmentId}' appears again (first on line ${first})` }));
          return;
        }
        appointments.set(record.appointmentId, row.line);
        errors.push(...appointmentAgainstOthers(record, referrals.has(record.referralId), record.waitId ? (waits.get(record.waitId)?.referralId ?? undefined) : null).map(row.at));
      })),
    );
    const order = ['referrals.csv', 'waits.csv', 'appointments.csv'];
    return errors.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  }

  /** An NHS number already held for a child with another source id (not one born here, which the import adopts). */
  private async nhsNumbersHeldByOthers(owners: Map<string, { childId: string; line: number }>): Promise<ExtractError[]> {
    const errors: ExtractError[] = [];
    const numbers = [...owners.keys()];
    for (let i = 0; i < numbers.length; i += 10_000) {
      const held: { nhs_number: string; source_id: string }[] = await this.db.query(
        `SELECT nhs_number, source_id FROM child WHERE nhs_number = ANY($1::text[]) AND source_id <> id::text`,
        [numbers.slice(i, i + 10_000)],
      );
      for (const h of held) {
        const owner = owners.get(h.nhs_number);
        if (owner && owner.childId !== h.source_id) {
          errors.push({
            file: 'referrals.csv',
            line: owner.line,
            column: null,
            columnName: 'nhs_number',
            message: `is already held for another child (source id '${h.source_id}'); one NHS number is one child`,
          });
        }
      }
    }
    return errors;
  }

  private async write(em: EntityManager, source: ExtractSource, lists: string[], actor: AuditActor): Promise<ImportResult> {
    const result = { referrals: zero(), waits: zero(), appointments: zero(), areasCreated: [] as string[], teamsCreated: [] as string[] };
    const areas = new Map<string, string>();
    for (const a of await em.query(`SELECT id, code, name FROM area`)) {
      areas.set(a.code.toLowerCase(), a.id);
      areas.set(a.name.toLowerCase(), a.id);
    }
    const teams = new Map<string, { id: string; bypasses: boolean }>();
    for (const t of await em.query(`SELECT id, code, bypasses_access FROM team`)) teams.set(t.code.toLowerCase(), { id: t.id, bypasses: t.bypasses_access });
    const listIds = new Map<string, string>((await em.query(`SELECT id, name FROM waiting_list`)).map((l: { id: string; name: string }) => [l.name, l.id]));

    await inBatches<ReferralRecord>(source, 'referrals.csv', (cells) => parseReferralRow(cells).record, async (batch) => {
      for (const r of batch) {
        if (!areas.has(r.area.toLowerCase())) {
          const code = slug(r.area);
          const [row] = await em.query(`INSERT INTO area (code, name) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code RETURNING id`, [code, r.area]);
          areas.set(r.area.toLowerCase(), row.id);
          result.areasCreated.push(r.area);
        }
        if (!teams.has(r.team.toLowerCase())) {
          const [row] = await em.query(`INSERT INTO team (code, name) VALUES ($1, $1) RETURNING id`, [r.team.toLowerCase()]);
          teams.set(r.team.toLowerCase(), { id: row.id, bypasses: false });
          result.teamsCreated.push(r.team);
        }
      }
      const areaOf = (r: ReferralRecord) => areas.get(r.area.toLowerCase()) as string;
      const teamOf = (r: ReferralRecord) => teams.get(r.team.toLowerCase()) as { id: string; bypasses: boolean };
      // A team covers the areas its referrals come from (record scope for managers follows from it).
      await em.query(`INSERT INTO team_area (team_id, area_id) SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`, [
        batch.map((r) => teamOf(r).id),
        batch.map(areaOf),
      ]);
      const children = [...new Map(batch.map((r) => [r.childId, r])).values()];
      // A child registered here (its source id is its own id) is matched by NHS number and takes the extract's id.
      await em.query(
        `UPDATE child SET source_id = c.sid FROM unnest($1::text[], $2::text[]) AS c(sid, nhs)
          WHERE child.nhs_number = c.nhs AND child.source_id = child.id::text AND child.source_id <> c.sid`,
        [children.map((c) => c.childId), children.map((c) => c.nhsNumber)],
      );
      await em.query(
        `INSERT INTO child AS c (source_id, nhs_number, given_name, family_name, date_of_birth)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[])
         ON CONFLICT (source_id) DO UPDATE SET nhs_number = EXCLUDED.nhs_number, given_name = EXCLUDED.given_name,
           family_name = EXCLUDED.family_name, date_of_birth = EXCLUDED.date_of_birth
         WHERE (c.nhs_number, c.given_name, c.family_name, c.date_of_birth) IS DISTINCT FROM
               (EXCLUDED.nhs_number, EXCLUDED.given_name, EXCLUDED.family_name, EXCLUDED.date_of_birth)`,
        [children.map((c) => c.childId), children.map((c) => c.nhsNumber), children.map((c) => c.givenName), children.map((c) => c.familyName), children.map((c) => c.dateOfBirth)],
      );
      const childIds = new Map<string, string>(
        (await em.query(`SELECT id, source_id FROM child WHERE source_id = ANY($1::text[])`, [children.map((c) => c.childId)])).map((c: { id: string; source_id: string }) => [c.source_id, c.id]),
      );
      const col = <T>(f: (r: ReferralRecord) => T) => batch.map(f);
      const written: { child_id: string; created: boolean }[] = await em.query(
        `INSERT INTO referral AS r (source_id, child_id, area_id, team_id, referrer_type, urgency, received_on, stage,
                  access_completed_on, access_outcome, assessment_completed_on, assessment_outcome, discharged_on,
                  rag, rag_set_on, lead_professional, acknowledged_at)
         SELECT s.*, s.received_on::timestamptz FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::date[], $8::text[],
                  $9::date[], $10::text[], $11::date[], $12::text[], $13::date[], $14::text[], $15::date[], $16::text[])
           AS s(source_id, child_id, area_id, team_id, referrer_type, urgency, received_on, stage, access_completed_on, access_outcome,
                assessment_completed_on, assessment_outcome, discharged_on, rag, rag_set_on, lead_professional)
         ON CONFLICT (source_id) DO UPDATE SET child_id = EXCLUDED.child_id, area_id = EXCLUDED.area_id, team_id = EXCLUDED.team_id,
           referrer_type = EXCLUDED.referrer_type, urgency = EXCLUDED.urgency, received_on = EXCLUDED.received_on, stage = EXCLUDED.stage,
           access_completed_on = EXCLUDED.access_completed_on, access_outcome = EXCLUDED.access_outcome,
           assessment_completed_on = EXCLUDED.assessment_completed_on, assessment_outcome = EXCLUDED.assessment_outcome,
           discharged_on = EXCLUDED.discharged_on, rag = EXCLUDED.rag, rag_set_on = EXCLUDED.rag_set_on,
           lead_professional = EXCLUDED.lead_professional, version = r.version + 1, updated_at = now()
         WHERE (r.child_id, r.area_id, r.team_id, r.referrer_type, r.urgency, r.received_on, r.stage, r.access_completed_on, r.access_outcome,
                r.assessment_completed_on, r.assessment_outcome, r.discharged_on, r.rag, r.rag_set_on, r.lead_professional)
           IS DISTINCT FROM
               (EXCLUDED.child_id, EXCLUDED.area_id, EXCLUDED.team_id, EXCLUDED.referrer_type, EXCLUDED.urgency, EXCLUDED.received_on,
                EXCLUDED.stage, EXCLUDED.access_completed_on, EXCLUDED.access_outcome, EXCLUDED.assessment_completed_on,
                EXCLUDED.assessment_outcome, EXCLUDED.discharged_on, EXCLUDED.rag, EXCLUDED.rag_set_on, EXCLUDED.lead_professional)
         RETURNING r.child_id, (xmax = 0) AS created`,
        [
          col((r) => r.referralId),
          col((r) => childIds.get(r.childId)),
          col(areaOf),
          col((r) => teamOf(r).id),
          col((r) => r.referrerType),
          col((r) => r.urgency),
          col((r) => r.receivedOn),
          col((r) => stageOfExtractReferral(r, teamOf(r).bypasses)),
          col((r) => r.accessCompletedOn),
          col((r) => r.accessOutcome),
          col((r) => r.assessmentCompletedOn),
          col((r) => r.assessmentOutcome),
          col((r) => r.dischargedOn),
          col((r) => r.rag),
          col((r) => r.ragSetOn),
          col((r) => r.leadProfessional),
        ],
      );
      tally(result.referrals, batch.length, written);
      if (written.length) await recordAudit(em, actor, { action: 'update', entityType: 'ptl-import', childIds: written.map((w) => w.child_id), outcome: 'success' });
    });

    await inBatches<WaitRecord>(source, 'waits.csv', (cells) => parseWaitRow(cells, lists).record, async (batch) => {
      const referralIds = await idsBySource(em, 'referral', batch.map((w) => w.referralId));
      const written = await em.query(
        `INSERT INTO wait AS w (source_id, referral_id, list_id, added_on, started_on, removed_on)
         SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::date[], $5::date[], $6::date[])
         ON CONFLICT (source_id) DO UPDATE SET referral_id = EXCLUDED.referral_id, list_id = EXCLUDED.list_id, added_on = EXCLUDED.added_on,
           started_on = EXCLUDED.started_on, removed_on = EXCLUDED.removed_on, version = w.version + 1
         WHERE (w.referral_id, w.list_id, w.added_on, w.started_on, w.removed_on)
           IS DISTINCT FROM (EXCLUDED.referral_id, EXCLUDED.list_id, EXCLUDED.added_on, EXCLUDED.started_on, EXCLUDED.removed_on)
         RETURNING (xmax = 0) AS created`,
        [
          batch.map((w) => w.waitId),
          batch.map((w) => referralIds.get(w.referralId)),
          batch.map((w) => listIds.get(w.list)),
          batch.map((w) => w.addedOn),
          batch.map((w) => w.startedOn),
          batch.map((w) => w.removedOn),
        ],
      );
      tally(result.waits, batch.length, written);
    });

    await inBatches<AppointmentRecord>(source, 'appointments.csv', (cells) => parseAppointmentRow(cells).record, async (batch) => {
      const referralIds = await idsBySource(em, 'referral', batch.map((a) => a.referralId));
      const waitIds = await idsBySource(em, 'wait', batch.flatMap((a) => (a.waitId ? [a.waitId] : [])));
      const written = await em.query(
        `INSERT INTO appointment AS a (source_id, referral_id, wait_id, date, kind, status)
         SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::date[], $5::text[], $6::text[])
         ON CONFLICT (source_id) DO UPDATE SET referral_id = EXCLUDED.referral_id, wait_id = EXCLUDED.wait_id, date = EXCLUDED.date,
           kind = EXCLUDED.kind, status = EXCLUDED.status, version = a.version + 1
         WHERE (a.referral_id, a.wait_id, a.date, a.kind, a.status)
           IS DISTINCT FROM (EXCLUDED.referral_id, EXCLUDED.wait_id, EXCLUDED.date, EXCLUDED.kind, EXCLUDED.status)
         RETURNING (xmax = 0) AS created`,
        [
          batch.map((a) => a.appointmentId),
          batch.map((a) => referralIds.get(a.referralId)),
          batch.map((a) => (a.waitId ? (waitIds.get(a.waitId) ?? null) : null)),
          batch.map((a) => a.date),
          batch.map((a) => a.kind),
          batch.map((a) => a.status),
        ],
      );
      tally(result.appointments, batch.length, written);
    });
    return { ok: true, ...result };
  }
}

/** Read a (checked) file again and hand its records on in batches (each written before the next is read). */
async function inBatches<T>(
  source: ExtractSource,
  file: 'referrals.csv' | 'waits.csv' | 'appointments.csv',
  parseRow: (cells: Record<string, string | undefined>) => T | null,
  write: (batch: T[]) => Promise<void>,
): Promise<void> {
  let batch: T[] = [];
  await readExtractFile(source, file, async (row) => {
    const record = parseRow(row.cells);
    if (record) batch.push(record);
    if (batch.length >= BATCH) {
      const full = batch;
      batch = [];
      await write(full);
    }
  });
  if (batch.length) await write(batch);
}

async function idsBySource(em: EntityManager, table: 'referral' | 'wait', sourceIds: string[]): Promise<Map<string, string>> {
  const rows: { id: string; source_id: string }[] = sourceIds.length
    ? await em.query(`SELECT id, source_id FROM ${table} WHERE source_id = ANY($1::text[])`, [[...new Set(sourceIds)]])
    : [];
  return new Map(rows.map((r) => [r.source_id, r.id]));
}

function tally(counts: ImportCounts, rows: number, written: { created: boolean }[]): void {
  const created = written.filter((w) => w.created).length;
  counts.created += created;
  counts.updated += written.length - created;
  counts.unchanged += rows - written.length;
}

function slug(name: string): string {
  return name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'area';
}
