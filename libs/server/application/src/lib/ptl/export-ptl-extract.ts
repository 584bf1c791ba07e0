import type { ExtractFile } from '@camhs/domain';
import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { AuditActor, recordAudit } from '../audit/audit-log';
import { ValidationFailedError } from '../common/errors';

/** Where the three files go: each is opened once and written in chunks, then closed. */
export interface ExtractTarget {
  write(file: ExtractFile, chunk: string): Promise<void>;
  close(file: ExtractFile): Promise<void>;
}

export interface ExportFilters {
  /** Area name or code. */
  area?: string;
  /** Team code. */
  team?: string;
}

const PAGE = 5000;

/** The columns of each file, in the order of the contract. */
const ORDER: Record<ExtractFile, string[]> = {
  'referrals.csv': [
    'referral_id', 'child_id', 'nhs_number', 'given_name', 'family_name', 'date_of_birth', 'area', 'team', 'referrer_type', 'urgency',
    'received_on', 'access_completed_on', 'access_outcome', 'assessment_completed_on', 'assessment_outcome', 'discharged_on', 'rag',
    'rag_set_on', 'lead_professional',
  ],
  'waits.csv': ['wait_id', 'referral_id', 'list', 'added_on', 'started_on', 'removed_on'],
  'appointments.csv': ['appointment_id', 'referral_id', 'wait_id', 'date', 'kind', 'status'],
};

const D = (col: string, as: string) => `to_char(${col}, 'YYYY-MM-DD') AS ${as}`;

const QUERIES: Record<ExtractFile, string> = {
  'referrals.csv': `SELECT r.source_id AS referral_id, c.source_id AS child_id, c.nhs_number, c.given_name, c.family_name,
       ${D('c.date_of_birth', 'date_of_birth')}, a.name AS area, t.code AS team, r.referrer_type, r.urgency, ${D('r.received_on', 'received_on')},
       ${D('r.access_completed_on', 'access_completed_on')}, r.access_outcome, ${D('r.assessment_completed_on', 'assessment_completed_on')},
       r.assessment_outcome, ${D('r.discharged_on', 'discharged_on')}, r.rag, ${D('r.rag_set_on', 'rag_set_on')}, r.lead_professional,
       c.id AS child_uuid
     FROM referral r JOIN child c ON c.id = r.child_id JOIN area a ON a.id = r.area_id JOIN team t ON t.id = r.team_id`,
  'waits.csv': `SELECT w.source_id AS wait_id, r.source_id AS referral_id, l.name AS list, ${D('w.added_on', 'added_on')},
       ${D('w.started_on', 'started_on')}, ${D('w.removed_on', 'removed_on')}
     FROM wait w JOIN referral r ON r.id = w.referral_id JOIN waiting_list l ON l.id = w.list_id`,
  'appointments.csv': `SELECT ap.source_id AS appointment_id, r.source_id AS referral_id, w.source_id AS wait_id, ${D('ap.date', 'date')},
       ap.kind, ap.status
     FROM appointment ap JOIN referral r ON r.id = ap.referral_id LEFT JOIN wait w ON w.id = ap.wait_id`,
};

const KEY: Record<ExtractFile, string> = { 'referrals.csv': 'r.source_id', 'waits.csv': 'w.source_id', 'appointments.csv': 'ap.source_id' };

/**
 * Export the PTL extract (the import's own format), optionally for one area and/or team: the same
 * three files, so an import of an export is a round trip with nothing lost. Read through a cursor a
 * page at a time, so memory stays bounded; each page of referrals is recorded in the audit trail as an export.
 */
@Injectable()
export class ExportPtlExtract {
  constructor(private readonly db: DataSource) {}

  async execute(target: ExtractTarget, filters: ExportFilters, actor: AuditActor): Promise<{ referrals: number; waits: number; appointments: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filters.area) {
      const [area] = await this.db.query(`SELECT id FROM area WHERE lower(code) = lower($1) OR lower(name) = lower($1)`, [filters.area]);
      if (!area) throw ValidationFailedError.of([{ field: 'area', message: `unknown area '${filters.area}'` }]);
      where.push(`r.area_id = $${params.push(area.id)}`);
    }
    if (filters.team) {
      const [team] = await this.db.query(`SELECT id FROM team WHERE lower(code) = lower($1)`, [filters.team]);
      if (!team) throw ValidationFailedError.of([{ field: 'team', message: `unknown team '${filters.team}'` }]);
      where.push(`r.team_id = $${params.push(team.id)}`);
    }
    const counts = { referrals: 0, waits: 0, appointments: 0 };
    const filter = where.length ? ` WHERE ${where.join(' AND ')}` : '';
    // One snapshot for the three files, so they agree with each other, and one cursor per file: filtered and
    // sorted once, fetched a page at a time. Paging by key re-ran the query for every page, and with a filter
    // each page walked the key's index past every other team's rows (one team of a national service: 27 s
    // where a single query takes 3.5 s).
    await this.db.transaction('REPEATABLE READ', async (em) => {
      // Every row is read: plan each cursor for its total time, not for its first rows.
      await em.query(`SET LOCAL cursor_tuple_fraction = 1`);
      for (const file of ['referrals.csv', 'waits.csv', 'appointments.csv'] as const) {
        const cols = ORDER[file];
        await target.write(file, stringify([], { header: true, columns: cols }));
        await em.query(`DECLARE extract_rows NO SCROLL CURSOR FOR ${QUERIES[file]}${filter} ORDER BY ${KEY[file]}`, params);
        // The next page is asked for before this one is written: PostgreSQL reads it while this process makes the CSV.
        // (A page asked for but never awaited, because writing the last one failed, must not end the process: its failure is handled here too.)
        const fetchPage = (): Promise<Record<string, unknown>[]> => {
          const page: Promise<Record<string, unknown>[]> = em.query(`FETCH ${PAGE} FROM extract_rows`);
          page.catch(() => undefined);
          return page;
        };
        let next = fetchPage();
        for (;;) {
          const rows = await next;
          if (rows.length === 0) break;
          next = fetchPage();
          await target.write(file, stringify(rows, { columns: cols, cast: { string: (v) => v } }));
          if (file === 'referrals.csv') {
            await recordAudit(this.db, actor, { action: 'export', entityType: 'ptl-extract', childIds: rows.map((r) => r['child_uuid'] as string), outcome: 'success' });
          }
          counts[file === 'referrals.csv' ? 'referrals' : file === 'waits.csv' ? 'waits' : 'appointments'] += rows.length;
        }
        await em.query(`CLOSE extract_rows`);
        await target.close(file);
      }
    });
    return counts;
  }
}
