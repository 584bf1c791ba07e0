import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a PTL extract carries beyond the pathway: the source system's child id (several referrals
 * may share a child), the current RAG rating with the date it was set, and the named lead professional.
 */
export class ExtractReferences1763900000004 implements MigrationInterface {
  name = 'ExtractReferences1763900000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE child ADD COLUMN source_id text UNIQUE`);
    await q.query(`ALTER TABLE referral
      ADD COLUMN rag text CHECK (rag IN ('RED','AMBER','GREEN')),
      ADD COLUMN rag_set_on date,
      ADD COLUMN lead_professional text,
      ADD CONSTRAINT referral_rag_with_date CHECK ((rag IS NULL) = (rag_set_on IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referral DROP CONSTRAINT referral_rag_with_date, DROP COLUMN lead_professional, DROP COLUMN rag_set_on, DROP COLUMN rag`);
    await q.query(`ALTER TABLE child DROP COLUMN source_id`);
  }
}
