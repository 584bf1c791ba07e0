import { MigrationInterface, QueryRunner } from 'typeorm';

/** Appointments and contacts: booked, then attended / did not attend (DNA) / cancelled. */
export class Appointments1763900000003 implements MigrationInterface {
  name = 'Appointments1763900000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE appointment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      referral_id uuid NOT NULL REFERENCES referral(id),
      wait_id uuid REFERENCES wait(id),
      date date NOT NULL,
      kind text NOT NULL CHECK (kind IN ('access','assessment','treatment','duty-review','other')),
      status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked','attended','dna','cancelled')),
      source_id text UNIQUE,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX appointment_referral_idx ON appointment (referral_id, date)`);
    await q.query(`CREATE INDEX appointment_wait_idx ON appointment (wait_id) WHERE wait_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE appointment`);
  }
}
