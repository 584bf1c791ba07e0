import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['child', 'referral', 'wait', 'appointment'];

/**
 * Every child, referral, wait and appointment has an external reference (`source_id`): the source
 * system's id when it came from a PTL extract, its own id when it was born here. So an export always
 * carries ids, and importing an export matches every row to itself instead of duplicating it.
 */
export class OwnSourceIds1763900000005 implements MigrationInterface {
  name = 'OwnSourceIds1763900000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION source_id_defaults_to_id() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.source_id := coalesce(NEW.source_id, NEW.id::text);
        RETURN NEW;
      END $$`);
    for (const t of TABLES) {
      await q.query(`UPDATE ${t} SET source_id = id::text WHERE source_id IS NULL`);
      await q.query(`CREATE TRIGGER ${t}_source_id BEFORE INSERT ON ${t} FOR EACH ROW EXECUTE FUNCTION source_id_defaults_to_id()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of TABLES) await q.query(`DROP TRIGGER ${t}_source_id ON ${t}`);
    await q.query(`DROP FUNCTION source_id_defaults_to_id()`);
  }
}
