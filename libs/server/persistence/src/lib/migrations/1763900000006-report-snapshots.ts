import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bi-weekly report snapshots: the report as it was produced, stored once and never changed, so a
 * past report re-opens exactly as managers first read it (figures only: no names, no ids of children).
 */
export class ReportSnapshots1763900000006 implements MigrationInterface {
  name = 'ReportSnapshots1763900000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE report_snapshot (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      as_of date NOT NULL,
      area_id uuid REFERENCES area(id),
      team_id uuid REFERENCES team(id),
      report jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    // One snapshot per date and scope (whole service, an area, or a team): taking it twice changes nothing.
    await q.query(`CREATE UNIQUE INDEX report_snapshot_once ON report_snapshot (as_of,
      coalesce(area_id, '00000000-0000-0000-0000-000000000000'), coalesce(team_id, '00000000-0000-0000-0000-000000000000'))`);
    await q.query(`CREATE TRIGGER report_snapshot_no_change BEFORE UPDATE OR DELETE ON report_snapshot
      FOR EACH ROW EXECUTE FUNCTION refuse_change() -- from IdentityAndAudit1763900000000`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON report_snapshot FROM camhs_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_snapshot`);
  }
}
