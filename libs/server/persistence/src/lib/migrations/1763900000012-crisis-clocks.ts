import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Crisis team's clocks (issue 5; domain `risk-assessment.ts`): every escalation to Crisis starts two
 * clocks, telephone contact within 2 hours and assessment within 24 hours of the referral. One row per
 * escalation and clock, opened level-triggered from `duty_escalation` (by the sweep and by the duty list);
 * `done_at` is when the Crisis team made contact / assessed, `missed_at` when the sweep (or a late
 * record) found the deadline passed undone. The deadline is stored so the list and sweep compare one column.
 */
export class CrisisClocks1763900000012 implements MigrationInterface {
  name = 'CrisisClocks1763900000012';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE crisis_clock (
      escalation_id uuid NOT NULL REFERENCES duty_escalation(id),
      clock text NOT NULL CHECK (clock IN ('contact','assessment')),
      referral_id uuid NOT NULL REFERENCES referral(id),
      child_id uuid NOT NULL REFERENCES child(id),
      team_id uuid NOT NULL REFERENCES team(id),
      referred_at timestamptz NOT NULL,
      due_at timestamptz NOT NULL,
      done_at timestamptz,
      done_by uuid REFERENCES app_user(id),
      missed_at timestamptz,
      CONSTRAINT crisis_clock_pk PRIMARY KEY (escalation_id, clock),
      CONSTRAINT crisis_clock_due_after_referral CHECK (due_at > referred_at),
      CONSTRAINT crisis_clock_done_by_whom CHECK ((done_at IS NULL) = (done_by IS NULL)),
      CONSTRAINT crisis_clock_done_after_referral CHECK (done_at IS NULL OR done_at >= referred_at))`);
    // The list reads a team's clocks not yet done; the sweep those past due and not yet marked.
    await q.query(`CREATE INDEX crisis_clock_open_idx ON crisis_clock (team_id, due_at) WHERE done_at IS NULL`);
    await q.query(`CREATE INDEX crisis_clock_unmarked_idx ON crisis_clock (due_at) WHERE done_at IS NULL AND missed_at IS NULL`);
    await q.query(`CREATE INDEX duty_escalation_crisis_idx ON duty_escalation (at) WHERE action = 'crisis-referral'`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON crisis_clock TO camhs_app`);
    await q.query(`REVOKE DELETE, TRUNCATE ON crisis_clock FROM camhs_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX duty_escalation_crisis_idx`);
    await q.query(`DROP TABLE crisis_clock`);
  }
}
