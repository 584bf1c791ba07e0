import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Letters as documents: the kinds the service writes, when a letter was generated and sent (and by
 * whom), and the generated PDF itself in `letter_document` — one per letter, written once and never
 * changed (trigger and grants), so what was posted can always be shown again exactly as it was.
 */
export class LetterDocuments1763900000008 implements MigrationInterface {
  name = 'LetterDocuments1763900000008';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letter
      ADD COLUMN generated_at timestamptz,
      ADD COLUMN sent_at timestamptz,
      ADD COLUMN sent_by uuid REFERENCES app_user(id),
      ADD CONSTRAINT letter_kind_known CHECK (kind IN ('acknowledgement','access-outcome','assessment-outcome','discharge')),
      ADD CONSTRAINT letter_generated_with_date CHECK ((status = 'queued') = (generated_at IS NULL)),
      ADD CONSTRAINT letter_sent_with_date_and_user CHECK ((status = 'sent') = (sent_at IS NOT NULL) AND (sent_at IS NULL) = (sent_by IS NULL))`);
    // The generator claims the oldest queued letters; the letter queue lists by status, newest first.
    await q.query(`CREATE INDEX letter_queued_idx ON letter (created_at, id) WHERE status = 'queued'`);
    await q.query(`CREATE INDEX letter_status_created_idx ON letter (status, created_at DESC, id)`);

    await q.query(`CREATE TABLE letter_document (
      letter_id uuid PRIMARY KEY REFERENCES letter(id),
      pdf bytea NOT NULL CHECK (substring(pdf FROM 1 FOR 5) = '\\x255044462d'::bytea), -- starts with %PDF-
      sha256 text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE TRIGGER letter_document_no_change BEFORE UPDATE OR DELETE ON letter_document
      FOR EACH ROW EXECUTE FUNCTION refuse_change() -- from IdentityAndAudit1763900000000`);
    await q.query(`CREATE TRIGGER letter_document_no_truncate BEFORE TRUNCATE ON letter_document
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    // The runtime role got every right on the new table (default privileges of RuntimeRole1763900000001): keep SELECT and INSERT.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON letter_document FROM camhs_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE letter_document`);
    await q.query(`DROP INDEX letter_status_created_idx`);
    await q.query(`DROP INDEX letter_queued_idx`);
    await q.query(`ALTER TABLE letter DROP CONSTRAINT letter_sent_with_date_and_user, DROP CONSTRAINT letter_generated_with_date,
      DROP CONSTRAINT letter_kind_known, DROP COLUMN sent_by, DROP COLUMN sent_at, DROP COLUMN generated_at`);
  }
}
