import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Duty system (issue 5): risk assessments and the rating history ("RAG recall"), the lead
 * professional as a user, the stored duty schedule, the day's duty tasks and the reviews recorded.
 * The referral keeps carrying the rating in force (`rag`, `rag_set_on`), as the extract does, so the
 * report, the import and the duty list read one source.
 */
export class DutyAndRisk1763900000009 implements MigrationInterface {
  name = 'DutyAndRisk1763900000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referral
      ADD COLUMN red_interval_days integer CHECK (red_interval_days BETWEEN 7 AND 31),
      ADD COLUMN lead_professional_id uuid REFERENCES app_user(id)`);

    // Findings, reasons and notes are clinical text: stored here, never logged or queued.
    await q.query(`CREATE TABLE risk_assessment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      referral_id uuid NOT NULL REFERENCES referral(id),
      child_id uuid NOT NULL REFERENCES child(id),
      assessed_on date NOT NULL,
      rating text NOT NULL CHECK (rating IN ('RED','AMBER','GREEN')),
      previous_rating text CHECK (previous_rating IN ('RED','AMBER','GREEN')),
      reason text,
      findings jsonb NOT NULL,
      recorded_by uuid NOT NULL REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT risk_assessment_reason_on_change CHECK (previous_rating IS NULL OR previous_rating = rating OR reason IS NOT NULL))`);
    await q.query(`CREATE INDEX risk_assessment_referral_idx ON risk_assessment (referral_id, recorded_at)`);
    await q.query(`CREATE TRIGGER risk_assessment_no_change BEFORE UPDATE OR DELETE ON risk_assessment
      FOR EACH ROW EXECUTE FUNCTION refuse_change() -- from IdentityAndAudit1763900000000`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON risk_assessment FROM camhs_app`);

    // One row per child waiting for treatment: when the next review (and letter) falls due, and the
    // referral whose rating is in force (it decides the team, hence who sees it). Rebuilt from the
    // records by the daily reconcile, so it survives anything that happens to the queues.
    await q.query(`CREATE TABLE duty_schedule (
      child_id uuid PRIMARY KEY REFERENCES child(id),
      referral_id uuid NOT NULL REFERENCES referral(id),
      rating text CHECK (rating IN ('RED','AMBER','GREEN')),
      interval_days integer NOT NULL,
      next_review_on date NOT NULL,
      next_letter_on date,
      planned_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX duty_schedule_due_idx ON duty_schedule (next_review_on)`);
    await q.query(`CREATE INDEX duty_schedule_referral_idx ON duty_schedule (referral_id)`);

    await q.query(`CREATE TABLE duty_task (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      child_id uuid NOT NULL REFERENCES child(id),
      referral_id uuid NOT NULL REFERENCES referral(id),
      kind text NOT NULL CHECK (kind IN ('review')),
      due_on date NOT NULL,
      claimed_by uuid REFERENCES app_user(id),
      claimed_at timestamptz,
      completed_at timestamptz,
      completed_by uuid REFERENCES app_user(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT duty_task_claim_with_time CHECK ((claimed_by IS NULL) = (claimed_at IS NULL)))`);
    // At most one open task of a kind per child, and one per due date ever: re-runs add nothing.
    await q.query(`CREATE UNIQUE INDEX duty_task_one_open ON duty_task (child_id, kind) WHERE completed_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX duty_task_once_per_due ON duty_task (child_id, kind, due_on)`);
    await q.query(`CREATE INDEX duty_task_referral_idx ON duty_task (referral_id) WHERE completed_at IS NULL`);

    await q.query(`CREATE TABLE duty_review (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      referral_id uuid NOT NULL REFERENCES referral(id),
      appointment_id uuid NOT NULL UNIQUE REFERENCES appointment(id),
      task_id uuid REFERENCES duty_task(id),
      reviewed_on date NOT NULL,
      contact_type text NOT NULL CHECK (contact_type IN ('telephone','face-to-face','letter')),
      checklist text[] NOT NULL,
      rating_before text CHECK (rating_before IN ('RED','AMBER','GREEN')),
      rating_after text NOT NULL CHECK (rating_after IN ('RED','AMBER','GREEN')),
      note text,
      recorded_by uuid NOT NULL REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX duty_review_referral_idx ON duty_review (referral_id, reviewed_on)`);
    await q.query(`CREATE TRIGGER duty_review_no_change BEFORE UPDATE OR DELETE ON duty_review
      FOR EACH ROW EXECUTE FUNCTION refuse_change() -- from IdentityAndAudit1763900000000`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON duty_review FROM camhs_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE duty_review`);
    await q.query(`DROP TABLE duty_task`);
    await q.query(`DROP TABLE duty_schedule`);
    await q.query(`DROP TABLE risk_assessment`);
    await q.query(`ALTER TABLE referral DROP COLUMN lead_professional_id, DROP COLUMN red_interval_days`);
  }
}
