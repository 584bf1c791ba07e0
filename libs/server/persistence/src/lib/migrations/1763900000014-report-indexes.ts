import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the PTL report and the duty schedule at national scale (issue 7, benchmark 1). Of the
 * tens of millions of appointments a national service holds, the report reads three small kinds:
 * future booked appointments (`future`, the urgent cases), attended duty reviews (`reviews`, the
 * schedule's last review) and attendances in the last 60 days (`seen`). Without these each of them
 * is a scan of the whole appointment table.
 */
export class ReportIndexes1763900000014 implements MigrationInterface {
  name = 'ReportIndexes1763900000014';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX appointment_booked_idx ON appointment (date, referral_id) WHERE status = 'booked'`);
    await q.query(`CREATE INDEX appointment_duty_review_idx ON appointment (referral_id, date) WHERE kind = 'duty-review' AND status = 'attended'`);
    await q.query(`CREATE INDEX appointment_attended_idx ON appointment (date, referral_id) WHERE status = 'attended'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX appointment_attended_idx`);
    await q.query(`DROP INDEX appointment_duty_review_idx`);
    await q.query(`DROP INDEX appointment_booked_idx`);
  }
}
