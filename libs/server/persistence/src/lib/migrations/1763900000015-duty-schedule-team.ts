import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The duty schedule knows each child's team (issue 7, benchmark 2): a team's duty list reads its
 * reviews due and overdue from (team_id, next_review_on) instead of joining every child on the
 * national schedule to their referral first. The team is the schedule's referral's, kept so by
 * triggers whoever writes either table: the schedule's row takes it on every write, and a referral
 * that moves team moves its schedule row. Filled in for existing rows by the next migration.
 */
export class DutyScheduleTeam1763900000015 implements MigrationInterface {
  name = 'DutyScheduleTeam1763900000015';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE duty_schedule ADD COLUMN team_id uuid REFERENCES team(id)`);
    await q.query(`CREATE FUNCTION duty_schedule_team() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.team_id := (SELECT team_id FROM referral WHERE id = NEW.referral_id);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER duty_schedule_team BEFORE INSERT OR UPDATE OF referral_id, team_id ON duty_schedule
      FOR EACH ROW EXECUTE FUNCTION duty_schedule_team()`);
    await q.query(`CREATE FUNCTION referral_team_moves_schedule() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE duty_schedule SET team_id = NEW.team_id WHERE referral_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER referral_team_moves_schedule AFTER UPDATE OF team_id ON referral
      FOR EACH ROW WHEN (OLD.team_id IS DISTINCT FROM NEW.team_id) EXECUTE FUNCTION referral_team_moves_schedule()`);
    await q.query(`CREATE INDEX duty_schedule_team_due_idx ON duty_schedule (team_id, next_review_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER referral_team_moves_schedule ON referral`);
    await q.query(`DROP FUNCTION referral_team_moves_schedule()`);
    await q.query(`DROP TRIGGER duty_schedule_team ON duty_schedule`);
    await q.query(`DROP FUNCTION duty_schedule_team()`);
    await q.query(`ALTER TABLE duty_schedule DROP COLUMN team_id`);
  }
}
