import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily duty list (issue 5): besides the scheduled reviews, a duty task can now be a new
 * referral to screen, an incoming call or letter to respond to, or a safeguarding decision after a
 * DNA — each task points at its subject, so claiming works the same for all of them. Also: the
 * screening record, the contact log, the safeguarding decisions, the escalations a review records,
 * and what a review adds to its row (items answered "no", the risk assessment it recorded, the
 * contact it answered).
 */
export class DutyList1763900000010 implements MigrationInterface {
  name = 'DutyList1763900000010';

  async up(q: QueryRunner): Promise<void> {
    // A new referral is screened once, the day it arrives, for an immediate response (domain.md, Young People's Team).
    await q.query(`CREATE TABLE referral_screening (
      referral_id uuid PRIMARY KEY REFERENCES referral(id),
      child_id uuid NOT NULL REFERENCES child(id),
      screened_on date NOT NULL,
      immediate_response boolean NOT NULL,
      note text,
      screened_by uuid NOT NULL REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT referral_screening_note_when_immediate CHECK (NOT immediate_response OR note IS NOT NULL))`);
    await q.query(`CREATE TRIGGER referral_screening_no_change BEFORE UPDATE OR DELETE ON referral_screening
      FOR EACH ROW EXECUTE FUNCTION refuse_change() -- from IdentityAndAudit1763900000000`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON referral_screening FROM camhs_app`);

    // Calls and letters received about a child; on the duty list until responded to. Caller and summary are clinical text.
    await q.query(`CREATE TABLE duty_contact (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      referral_id uuid NOT NULL REFERENCES referral(id),
      child_id uuid NOT NULL REFERENCES child(id),
      kind text NOT NULL CHECK (kind IN ('call','letter')),
      received_at timestamptz NOT NULL,
      caller text NOT NULL,
      summary text NOT NULL,
      logged_by uuid NOT NULL REFERENCES app_user(id),
      logged_at timestamptz NOT NULL DEFAULT now(),
      responded_at timestamptz,
      responded_by uuid REFERENCES app_user(id),
      response text,
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT duty_contact_response_complete CHECK ((responded_at IS NULL) = (responded_by IS NULL) AND (responded_at IS NULL) = (response IS NULL)))`);
    await q.query(`CREATE INDEX duty_contact_referral_idx ON duty_contact (referral_id, received_at)`);

    // After a DNA (or no response to letters) the lead professional (RED) or Duty (AMBER/GREEN) decides
    // whether admin may send a discharge letter (domain.md). The referral cannot be discharged meanwhile.
    await q.query(`CREATE TABLE safeguarding_decision (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      referral_id uuid NOT NULL REFERENCES referral(id),
      child_id uuid NOT NULL REFERENCES child(id),
      reason text NOT NULL CHECK (reason IN ('dna','no-response')),
      appointment_id uuid UNIQUE REFERENCES appointment(id),
      raised_on date NOT NULL,
      rating text CHECK (rating IN ('RED','AMBER','GREEN')),
      owner text NOT NULL CHECK (owner IN ('lead-professional','duty')),
      lead_professional_id uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      decision text CHECK (decision IN ('discharge-may-proceed','keep-open')),
      plan text,
      decided_at timestamptz,
      decided_by uuid REFERENCES app_user(id),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT safeguarding_decision_dna_has_appointment CHECK (reason <> 'dna' OR appointment_id IS NOT NULL),
      CONSTRAINT safeguarding_decision_owner_named CHECK ((owner = 'lead-professional') = (lead_professional_id IS NOT NULL)),
      CONSTRAINT safeguarding_decision_complete CHECK ((decision IS NULL) = (decided_at IS NULL) AND (decision IS NULL) = (decided_by IS NULL)),
      CONSTRAINT safeguarding_decision_plan_when_kept_open CHECK (decision IS DISTINCT FROM 'keep-open' OR plan IS NOT NULL))`);
    await q.query(`CREATE INDEX safeguarding_decision_outstanding_idx ON safeguarding_decision (referral_id) WHERE decided_at IS NULL`);
    // A decision, once made, stands: a new DNA makes a new decision.
    await q.query(`CREATE FUNCTION refuse_change_once_decided() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.decided_at IS NOT NULL OR TG_OP = 'DELETE' THEN
          RAISE EXCEPTION '% is decided: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER safeguarding_decision_final BEFORE UPDATE OR DELETE ON safeguarding_decision
      FOR EACH ROW EXECUTE FUNCTION refuse_change_once_decided()`);

    // Every duty task but a review points at its subject: the referral to screen, the contact, the decision.
    await q.query(`ALTER TABLE duty_task DROP CONSTRAINT duty_task_kind_check`);
    await q.query(`ALTER TABLE duty_task
      ADD COLUMN subject_id uuid,
      ADD CONSTRAINT duty_task_kind_check CHECK (kind IN ('review','screening','contact','safeguarding')),
      ADD CONSTRAINT duty_task_subject_unless_review CHECK ((kind = 'review') = (subject_id IS NULL))`);
    // The review rules of DutyAndRisk1763900000009 stay as they were, for reviews only (a family may call twice a day).
    await q.query(`DROP INDEX duty_task_one_open`);
    await q.query(`DROP INDEX duty_task_once_per_due`);
    await q.query(`CREATE UNIQUE INDEX duty_task_one_open ON duty_task (child_id, kind) WHERE completed_at IS NULL AND kind = 'review'`);
    await q.query(`CREATE UNIQUE INDEX duty_task_once_per_due ON duty_task (child_id, kind, due_on) WHERE kind = 'review'`);
    // One task ever per subject: opening the list again adds nothing.
    await q.query(`CREATE UNIQUE INDEX duty_task_once_per_subject ON duty_task (kind, subject_id) WHERE subject_id IS NOT NULL`);
    await q.query(`CREATE INDEX duty_task_open_kind_idx ON duty_task (kind, referral_id) WHERE completed_at IS NULL`);

    await q.query(`ALTER TABLE duty_review
      ADD COLUMN checklist_not_done text[] NOT NULL DEFAULT '{}',
      ADD COLUMN risk_assessment_id uuid REFERENCES risk_assessment(id),
      ADD COLUMN contact_id uuid REFERENCES duty_contact(id)`);

    // Risk escalated at a review: a face-to-face duty appointment offered and/or a Crisis referral, each with its time.
    await q.query(`CREATE TABLE duty_escalation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      review_id uuid NOT NULL REFERENCES duty_review(id),
      referral_id uuid NOT NULL REFERENCES referral(id),
      child_id uuid NOT NULL REFERENCES child(id),
      action text NOT NULL CHECK (action IN ('face-to-face-offered','crisis-referral')),
      at timestamptz NOT NULL,
      recorded_by uuid NOT NULL REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT duty_escalation_once_per_review UNIQUE (review_id, action))`);
    await q.query(`CREATE INDEX duty_escalation_referral_idx ON duty_escalation (referral_id, at)`);
    await q.query(`CREATE TRIGGER duty_escalation_no_change BEFORE UPDATE OR DELETE ON duty_escalation
      FOR EACH ROW EXECUTE FUNCTION refuse_change() -- from IdentityAndAudit1763900000000`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON duty_escalation FROM camhs_app`);

    // The list reads a team's referrals by stage (to screen) and rating (RED without LP); the caseload by lead professional.
    await q.query(`CREATE INDEX referral_team_stage_idx ON referral (team_id, stage)`);
    await q.query(`CREATE INDEX referral_team_red_idx ON referral (team_id) WHERE rag = 'RED' AND discharged_on IS NULL`);
    await q.query(`CREATE INDEX referral_lead_professional_idx ON referral (lead_professional_id) WHERE lead_professional_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX referral_lead_professional_idx`);
    await q.query(`DROP INDEX referral_team_red_idx`);
    await q.query(`DROP INDEX referral_team_stage_idx`);
    await q.query(`DROP TABLE duty_escalation`);
    await q.query(`ALTER TABLE duty_review DROP COLUMN contact_id, DROP COLUMN risk_assessment_id, DROP COLUMN checklist_not_done`);
    await q.query(`DELETE FROM duty_task WHERE kind <> 'review'`);
    await q.query(`DROP INDEX duty_task_open_kind_idx`);
    await q.query(`DROP INDEX duty_task_once_per_subject`);
    await q.query(`DROP INDEX duty_task_once_per_due`);
    await q.query(`DROP INDEX duty_task_one_open`);
    await q.query(`CREATE UNIQUE INDEX duty_task_one_open ON duty_task (child_id, kind) WHERE completed_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX duty_task_once_per_due ON duty_task (child_id, kind, due_on)`);
    await q.query(`ALTER TABLE duty_task DROP CONSTRAINT duty_task_subject_unless_review, DROP CONSTRAINT duty_task_kind_check, DROP COLUMN subject_id`);
    await q.query(`ALTER TABLE duty_task ADD CONSTRAINT duty_task_kind_check CHECK (kind IN ('review'))`);
    await q.query(`DROP TABLE safeguarding_decision`);
    await q.query(`DROP FUNCTION refuse_change_once_decided()`);
    await q.query(`DROP TABLE duty_contact`);
    await q.query(`DROP TABLE referral_screening`);
  }
}
