import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clock flags: the worker's record that a referral's access target, or a wait's 13- or 18-week
 * referral-to-treatment clock, came within its warning window or passed. Appended once per clock and
 * state (a re-run adds nothing) and never changed: a flag that no longer applies (access completed,
 * wait ended) is simply not shown.
 */
export class ClockFlags1763900000007 implements MigrationInterface {
  name = 'ClockFlags1763900000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE clock_flag (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      referral_id uuid NOT NULL REFERENCES referral(id),
      wait_id uuid REFERENCES wait(id),
      clock text NOT NULL CHECK (clock IN ('access', 'rtt13', 'rtt18')),
      state text NOT NULL CHECK (state IN ('approaching', 'breached')),
      target_on date NOT NULL,
      flagged_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT clock_flag_wait_for_rtt CHECK ((clock = 'access') = (wait_id IS NULL)))`);
    await q.query(`CREATE UNIQUE INDEX clock_flag_once ON clock_flag (referral_id, clock, state,
      coalesce(wait_id, '00000000-0000-0000-0000-000000000000'))`);
    await q.query(`CREATE TRIGGER clock_flag_no_change BEFORE UPDATE OR DELETE ON clock_flag
      FOR EACH ROW EXECUTE FUNCTION refuse_change() -- from IdentityAndAudit1763900000000`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON clock_flag FROM camhs_app`);
    // The sweeps read the referrals still in access and the open waits; keep both reads narrow.
    await q.query(`CREATE INDEX referral_in_access_idx ON referral (received_on) WHERE stage = 'access'`);
    await q.query(`CREATE INDEX wait_open_idx ON wait (referral_id) WHERE started_on IS NULL AND removed_on IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX wait_open_idx`);
    await q.query(`DROP INDEX referral_in_access_idx`);
    await q.query(`DROP TABLE clock_flag`);
  }
}
