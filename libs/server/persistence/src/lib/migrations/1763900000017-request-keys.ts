import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys (issue 7): a client that may send a request twice — a double click, a retry after
 * a lost answer — sends an `Idempotency-Key` with it; the first request's row here, written in the
 * same transaction as its effect, makes every repeat answer with that effect instead of doing it
 * again. One key per user and operation; the request's SHA-256 tells a repeat from a different
 * request that reuses the key. A key exists only once its request has succeeded (a refused request
 * rolls its row back with everything else).
 */
export class RequestKeys1763900000017 implements MigrationInterface {
  name = 'RequestKeys1763900000017';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE request_key (
      user_id uuid NOT NULL REFERENCES app_user(id),
      operation text NOT NULL,
      key text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
      request_sha256 text NOT NULL,
      entity_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, operation, key))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE request_key`);
  }
}
