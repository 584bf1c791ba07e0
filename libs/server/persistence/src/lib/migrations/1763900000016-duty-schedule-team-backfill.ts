import { MigrationInterface, QueryRunner } from 'typeorm';

/** Data for DutyScheduleTeam1763900000015: the team of every schedule row already there; from now on it is never empty. */
export class DutyScheduleTeamBackfill1763900000016 implements MigrationInterface {
  name = 'DutyScheduleTeamBackfill1763900000016';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE duty_schedule s SET team_id = r.team_id FROM referral r WHERE r.id = s.referral_id AND s.team_id IS DISTINCT FROM r.team_id`);
    await q.query(`ALTER TABLE duty_schedule ALTER COLUMN team_id SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE duty_schedule ALTER COLUMN team_id DROP NOT NULL`);
  }
}
