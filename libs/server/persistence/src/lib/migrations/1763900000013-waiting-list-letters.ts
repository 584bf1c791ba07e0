import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Waiting-list letters (issue 5; domain.md "The Duty system and RAG ratings"): a GREEN child gets one
 * every 91 days and an AMBER child gets one at the review if none has been sent (the opt-in letter), so
 * unlike the pathway's letters this kind repeats. `due_on` is the duty day a waiting-list letter was
 * issued for (the duty schedule plans the next from it); the other kinds have none. The once-only rule
 * becomes once per (referral, kind, recipient, due day), with NULLS NOT DISTINCT so a pathway letter is
 * still owed once: re-running a job, or two workers racing, adds nothing.
 */
export class WaitingListLetters1763900000013 implements MigrationInterface {
  name = 'WaitingListLetters1763900000013';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letter ADD COLUMN due_on date`);
    await q.query(`ALTER TABLE letter DROP CONSTRAINT letter_kind_known,
      ADD CONSTRAINT letter_kind_known CHECK (kind IN ('acknowledgement','access-outcome','assessment-outcome','discharge','waiting-list')),
      ADD CONSTRAINT letter_due_only_when_repeating CHECK ((kind = 'waiting-list') = (due_on IS NOT NULL)),
      ADD CONSTRAINT letter_waiting_list_to_family CHECK (kind <> 'waiting-list' OR recipient = 'family')`);
    await q.query(`ALTER TABLE letter DROP CONSTRAINT letter_once_per_recipient,
      ADD CONSTRAINT letter_once_per_recipient UNIQUE NULLS NOT DISTINCT (referral_id, kind, recipient, due_on)`);
    // The schedule reads a child's latest waiting-list letter.
    await q.query(`CREATE INDEX letter_waiting_list_idx ON letter (referral_id, due_on) WHERE kind = 'waiting-list'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX letter_waiting_list_idx`);
    // Documents are never changed in normal running; undoing this migration is the one exception.
    await q.query(`ALTER TABLE letter_document DISABLE TRIGGER letter_document_no_change`);
    await q.query(`DELETE FROM letter_document WHERE letter_id IN (SELECT id FROM letter WHERE kind = 'waiting-list')`);
    await q.query(`ALTER TABLE letter_document ENABLE TRIGGER letter_document_no_change`);
    await q.query(`DELETE FROM letter WHERE kind = 'waiting-list'`);
    await q.query(`ALTER TABLE letter DROP CONSTRAINT letter_once_per_recipient,
      ADD CONSTRAINT letter_once_per_recipient UNIQUE (referral_id, kind, recipient)`);
    await q.query(`ALTER TABLE letter DROP CONSTRAINT letter_waiting_list_to_family, DROP CONSTRAINT letter_due_only_when_repeating, DROP CONSTRAINT letter_kind_known,
      ADD CONSTRAINT letter_kind_known CHECK (kind IN ('acknowledgement','access-outcome','assessment-outcome','discharge'))`);
    await q.query(`ALTER TABLE letter DROP COLUMN due_on`);
  }
}
