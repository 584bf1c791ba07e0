// What actually happened, read back from PostgreSQL (the source of truth) and from the queues: the
// effects of each referral counted per kind, so a loss (0) or a duplicate (2) shows as a difference.
import { Queue, QueueEvents } from 'bullmq';
import { pollUntil } from './report.mjs';

/** The product's queues (libs/server/queues, QUEUE). */
export const QUEUES = ['access', 'assessment', 'treatment', 'duty', 'letters', 'reports', 'panels'];

/**
 * One row per referral with every effect counted: stage and version, letters per kind, letters still
 * queued, stored documents, the referral's outbox intents (processed / all), clock flags, attended
 * duty reviews, review tasks (all / open) and the users' updates in the audit trail.
 */
const EFFECTS_SQL = `
  SELECT r.id, r.stage, r.version, r.acknowledged_at IS NOT NULL AS acknowledged,
         coalesce((SELECT json_object_agg(kind, n ORDER BY kind) FROM (SELECT kind, count(*)::int AS n FROM letter WHERE referral_id = r.id GROUP BY kind) k), '{}') AS letters,
         (SELECT count(*)::int FROM letter WHERE referral_id = r.id AND status = 'queued') AS queued,
         (SELECT count(*)::int FROM letter l JOIN letter_document d ON d.letter_id = l.id WHERE l.referral_id = r.id) AS documents,
         (SELECT count(*)::int FROM letter WHERE referral_id = r.id) AS letter_count,
         (SELECT count(*)::int FROM outbox_message o WHERE o.payload->>'referralId' = r.id::text) AS intents,
         (SELECT count(*)::int FROM outbox_message o WHERE o.payload->>'referralId' = r.id::text AND o.processed_at IS NOT NULL) AS intents_done,
         coalesce((SELECT string_agg(clock || ' ' || state, ', ' ORDER BY clock, state) FROM clock_flag WHERE referral_id = r.id), 'none') AS flags,
         (SELECT count(*)::int FROM appointment a WHERE a.referral_id = r.id AND a.kind = 'duty-review' AND a.status = 'attended') AS reviews,
         (SELECT count(*)::int FROM duty_task t WHERE t.child_id = r.child_id AND t.kind = 'review') AS review_tasks,
         (SELECT count(*)::int FROM duty_task t WHERE t.child_id = r.child_id AND t.kind = 'review' AND t.completed_at IS NULL) AS open_review_tasks,
         (SELECT to_char(s.next_review_on, 'YYYY-MM-DD') FROM duty_schedule s WHERE s.child_id = r.child_id) AS next_review_on,
         (SELECT count(*)::int FROM audit_event e WHERE e.entity_type = 'referral' AND e.entity_id = r.id::text AND e.action = 'update' AND e.user_id IS NOT NULL) AS user_updates,
         (SELECT count(*)::int FROM audit_event e WHERE e.entity_type = 'duty-review' AND r.child_id = ANY(e.child_ids) AND e.action = 'update') AS review_audits
    FROM referral r WHERE r.id = ANY($1::uuid[])`;

/** The effects of each referral, in the order of `referralIds`; a referral not stored reads as stage MISSING. */
export async function effectsOf(db, referralIds) {
  const byId = new Map((await db.query(EFFECTS_SQL, [referralIds])).rows.map((r) => [r.id, r]));
  const missing = { stage: 'MISSING', version: 0, letters: {}, queued: 0, documents: 0, letter_count: 0, intents: 0, intents_done: 0, flags: 'none' };
  return referralIds.map((id) => byId.get(id) ?? { ...missing, id, reviews: 0, review_tasks: 0, open_review_tasks: 0, next_review_on: null, user_updates: 0, review_audits: 0 });
}

/** The effects of a referral as one line, so that every referral with the same story reads the same. */
export function describe(e, { withTasks = true } = {}) {
  const letters = Object.entries(e.letters)
    .map(([k, n]) => `${k}×${n}`)
    .join(' ');
  const parts = [
    `${e.stage} v${e.version}`,
    `letters ${letters || 'none'}`,
    `queued ${e.queued}`,
    `documents ${e.documents}/${e.letter_count}`,
    `intents ${e.intents_done}/${e.intents}`,
    `flags ${e.flags}`,
    `reviews ${e.reviews}`,
    `updates ${e.user_updates}`,
  ];
  if (withTasks) parts.push(`review tasks ${e.review_tasks} (open ${e.open_review_tasks})`, `next review ${e.next_review_on ?? '-'}`, `review audits ${e.review_audits}`);
  return parts.join(' | ');
}

/**
 * Check that every referral's effects read `expected` (a line as `describe` writes it): one check,
 * naming how many differ and how (grouped), so a loss or a duplicate is named with its count.
 */
export function expectEvery(scenario, rows, expected, what, options) {
  const byLine = new Map();
  for (const r of rows) {
    const line = describe(r, options);
    byLine.set(line, [...(byLine.get(line) ?? []), r.id]);
  }
  const wrong = [...byLine].filter(([line]) => line !== expected);
  const detail = wrong.map(([line, ids]) => `${ids.length} referral(s): ${line}  (e.g. ${ids[0]})`).join('\n');
  return scenario.check(wrong.length === 0, `${rows.length} ${what}: each "${expected}"`, wrong.length ? `expected "${expected}"; instead\n${detail}` : undefined);
}

/** Whether every effect the referrals are owed has happened: no intent pending, no letter queued. */
export async function allDone(db, referralIds) {
  const { rows } = await db.query(
    `SELECT (SELECT count(*)::int FROM outbox_message o WHERE o.payload->>'referralId' = ANY($1::text[]) AND o.processed_at IS NULL) AS pending,
            (SELECT count(*)::int FROM letter WHERE referral_id = ANY($1::uuid[]) AND status = 'queued') AS queued`,
    [referralIds],
  );
  return rows[0].pending === 0 && rows[0].queued === 0 ? rows[0] : null;
}

/** Run `fn` on each of the product's queues under `prefix` (a BullMQ Queue, closed afterwards). */
async function eachQueue(redisUrl, prefix, fn) {
  const u = new URL(redisUrl);
  const connection = { host: u.hostname, port: Number(u.port || 6379), maxRetriesPerRequest: null };
  for (const name of QUEUES) {
    const q = new Queue(name, { connection, prefix });
    try {
      await fn(q, name);
    } finally {
      await q.close();
    }
  }
}

/** Listen to every queue's events under `prefix`: jobs found stalled (their worker died) and attempts that failed. */
export async function watchQueues(redisUrl, prefix) {
  const u = new URL(redisUrl);
  const connection = { host: u.hostname, port: Number(u.port || 6379), maxRetriesPerRequest: null };
  const events = QUEUES.map((name) => new QueueEvents(name, { connection, prefix }));
  const seen = { stalled: [], failed: [], close: () => Promise.all(events.map((e) => e.close())) };
  for (const [i, e] of events.entries()) {
    e.on('stalled', ({ jobId }) => seen.stalled.push(`${QUEUES[i]}/${jobId}`));
    e.on('failed', ({ jobId, failedReason }) => seen.failed.push(`${QUEUES[i]}/${jobId}: ${failedReason}`));
  }
  await Promise.all(events.map((e) => e.waitUntilReady()));
  return seen;
}

/** Job counts of every queue under `prefix` (failed, active, waiting…), summed and per queue. */
export async function queueCounts(redisUrl, prefix) {
  const per = {};
  const total = { active: 0, waiting: 0, delayed: 0, failed: 0, completed: 0, prioritized: 0, 'waiting-children': 0, paused: 0 };
  await eachQueue(redisUrl, prefix, async (q, name) => {
    per[name] = await q.getJobCounts(...Object.keys(total));
    for (const k of Object.keys(total)) total[k] += per[name][k] ?? 0;
  });
  return { total, per };
}

/**
 * The failed jobs of every queue under `prefix`: name, id and reason (ids only in payloads). `scheduled`:
 * runs of a job scheduler or start-up runs — level-triggered sweeps whose next run redoes whatever this
 * one did not (letter generation has one attempt by design); `intents`: jobs relayed from the outbox,
 * whose failure for good would leave their effect undone (the relay's re-delivery is ignored while
 * BullMQ keeps the failed job's id).
 */
export async function failedJobs(redisUrl, prefix) {
  const out = { scheduled: [], intents: [] };
  await eachQueue(redisUrl, prefix, async (q, name) => {
    for (const j of await q.getFailed(0, 200)) {
      const scheduled = String(j.id).startsWith('repeat:') || /-start-\d+-\d+$/.test(String(j.id));
      out[scheduled ? 'scheduled' : 'intents'].push(`${name}/${j.name} ${j.id} (${j.attemptsMade} attempts): ${j.failedReason}`);
    }
  });
  return out;
}

/** The job schedulers declared under `prefix`, by queue. */
export async function schedulers(redisUrl, prefix) {
  const out = [];
  await eachQueue(redisUrl, prefix, async (q, name) => {
    for (const s of await q.getJobSchedulers()) out.push(`${name}/${s.key ?? s.id}`);
  });
  return out.sort();
}

/**
 * No job failed for good, and none is stuck active: a job a killed worker held is found stalled and
 * retried, so within ~30 s a sample shows none active (a scheduled run may be active at any one moment).
 */
export async function checkQueues(scenario, redisUrl, prefix) {
  const counts = await queueCounts(redisUrl, prefix);
  const failed = await failedJobs(redisUrl, prefix);
  scenario.check(failed.intents.length === 0, 'no job relayed from the outbox failed for good', failed.intents.join('\n'));
  if (failed.scheduled.length) {
    scenario.say(`${failed.scheduled.length} scheduled run(s) failed while the fault lasted (the next runs did their work): ${failed.scheduled[0]}`);
  }
  let last = counts.total;
  const idle = await pollUntil(async () => (last = (await queueCounts(redisUrl, prefix)).total).active === 0, 30_000, 200);
  scenario.check(idle.value !== null, `no job left active (stalled jobs recovered); jobs now ${JSON.stringify(last)}`);
}
