import type { PtlReport } from '@camhs/contracts';
import { Clock, addDays, isReportDay, today } from '@camhs/domain';
import { APP_CONFIG, AppConfig } from '@camhs/config';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit, systemActor } from '../audit/audit-log';
import { CLOCK } from '../common/clock.provider';
import { NotFoundError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { PtlReportQueries } from './ptl-report-queries';

export interface SnapshotSummary {
  id: string;
  asOf: string;
  area: string | null;
  team: string | null;
  createdAt: string;
}

/**
 * Bi-weekly snapshots of the report: for a report day, the whole service, each area and each team,
 * stored once (immutable in the database) and re-opened exactly as they were produced.
 */
@Injectable()
export class ReportSnapshots {
  constructor(
    private readonly db: DataSource,
    private readonly reports: PtlReportQueries,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The scheduled job: if yesterday (London) was a report day, take its snapshots. Safe to run any number of times. */
  async takeIfDue(): Promise<{ asOf: string; created: number } | null> {
    const yesterday = addDays(today(this.clock), -1);
    if (!isReportDay(yesterday, this.config.reports.anchorDate)) return null;
    return { asOf: yesterday, created: await this.take(yesterday) };
  }

  /** Snapshots for `asOf`: whole service, every area, every team. Those already taken are left as they are. */
  async take(asOf: string): Promise<number> {
    const areas: { id: string; name: string }[] = await this.db.query(`SELECT id, name FROM area ORDER BY name`);
    const teams: { id: string; code: string }[] = await this.db.query(`SELECT id, code FROM team ORDER BY code`);
    const scopes = [
      { areaId: null, teamId: null, area: undefined, team: undefined },
      ...areas.map((a) => ({ areaId: a.id, teamId: null, area: a.name, team: undefined })),
      ...teams.map((t) => ({ areaId: null, teamId: t.id, area: undefined, team: t.code })),
    ];
    let created = 0;
    for (const s of scopes) {
      const report = await this.reports.build({ asOf, area: s.area, team: s.team }, null);
      const rows = await this.db.query(
        `INSERT INTO report_snapshot (as_of, area_id, team_id, report) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`,
        [asOf, s.areaId, s.teamId, JSON.stringify(report)],
      );
      created += rows.length;
    }
    if (created) await recordAudit(this.db, systemActor('worker', 'take report snapshots'), { action: 'create', entityType: 'report-snapshot', entityId: asOf, outcome: 'success' });
    return created;
  }

  async list(): Promise<SnapshotSummary[]> {
    return this.db.query(
      `SELECT s.id, to_char(s.as_of, 'YYYY-MM-DD') AS "asOf", a.name AS area, t.code AS team, s.created_at AS "createdAt"
         FROM report_snapshot s LEFT JOIN area a ON a.id = s.area_id LEFT JOIN team t ON t.id = s.team_id
        ORDER BY s.as_of DESC, a.name NULLS FIRST, t.code NULLS FIRST`,
    );
  }

  /** A stored report, as it was produced. Reading it is audited like any report read. */
  async get(id: string, actor: Actor): Promise<{ snapshot: SnapshotSummary; report: PtlReport }> {
    const [row] = await this.db.query(
      `SELECT s.id, to_char(s.as_of, 'YYYY-MM-DD') AS "asOf", a.name AS area, t.code AS team, s.created_at AS "createdAt", s.report
         FROM report_snapshot s LEFT JOIN area a ON a.id = s.area_id LEFT JOIN team t ON t.id = s.team_id WHERE s.id = $1`,
      [id],
    );
    if (!row) throw new NotFoundError('report snapshot', id);
    await recordAudit(this.db, actor, { action: 'read', entityType: 'report-snapshot', entityId: id, outcome: 'success' });
    const { report, ...snapshot } = row;
    return { snapshot: { ...snapshot, createdAt: new Date(snapshot.createdAt).toISOString() }, report };
  }
}
