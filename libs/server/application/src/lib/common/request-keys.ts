import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ValidationFailedError } from './errors';

/** The HTTP header a client sends to make a request safe to repeat. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** Why a header value cannot be a key (1–255 visible ASCII characters), or null when it can. */
function requestKeyProblem(key: string): string | null {
  return /^[\x21-\x7e]{1,255}$/.test(key) ? null : 'must be 1 to 255 visible characters (letters, digits, punctuation; no spaces), e.g. a UUID';
}

/** SHA-256 of a flat request, its fields in a fixed order: the same request gives the same digest. */
function digest(request: object): string {
  return createHash('sha256').update(JSON.stringify(request, Object.keys(request).sort())).digest('hex');
}

/**
 * Claim `key` for this user's `operation` inside the transaction `em` that will do the work. The
 * first request with the key gets `{ replayOf: null }` and must call `settleRequestKey` with what it
 * made before committing. A repeat — including one sent at the same moment, which waits here until
 * the first commits or rolls back — gets the first request's entity id instead and does nothing.
 * Reusing a key for a different request is refused, naming the header.
 */
export async function claimRequestKey(em: EntityManager, userId: string, operation: string, key: string, request: object): Promise<{ replayOf: string | null }> {
  const problem = requestKeyProblem(key);
  if (problem) throw ValidationFailedError.of([{ field: IDEMPOTENCY_KEY_HEADER, message: problem }]);
  const sha = digest(request);
  const claimed = await em.query(
    `INSERT INTO request_key (user_id, operation, key, request_sha256) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING key`,
    [userId, operation, key, sha],
  );
  if (claimed.length === 1) return { replayOf: null };
  const [held] = await em.query(`SELECT request_sha256, entity_id FROM request_key WHERE user_id = $1 AND operation = $2 AND key = $3`, [userId, operation, key]);
  if (!held || held.request_sha256 !== sha || !held.entity_id) {
    throw ValidationFailedError.of([{ field: IDEMPOTENCY_KEY_HEADER, message: `'${key}' was already used for a different request; send a new key with a new request` }]);
  }
  return { replayOf: held.entity_id as string };
}

/** Record what the request that claimed `key` made, in its transaction. */
export async function settleRequestKey(em: EntityManager, userId: string, operation: string, key: string, entityId: string): Promise<void> {
  await em.query(`UPDATE request_key SET entity_id = $4 WHERE user_id = $1 AND operation = $2 AND key = $3`, [userId, operation, key, entityId]);
}
