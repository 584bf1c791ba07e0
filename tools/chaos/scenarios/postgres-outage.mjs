// Scenario 3: PostgreSQL goes away under the running api and workers. The machine's PostgreSQL is
// shared, so it is never restarted: the outage is made on this run's database only —
//   a) pg_terminate_backend of every connection of the api and workers (application_name chaos-api /
//      chaos-worker, this database), again and again;
//   b) a "restart": the database refuses new connections (ALTER DATABASE … ALLOW_CONNECTIONS false) and
//      every app connection is cut, for some seconds, then connections are allowed again.
// Meanwhile the api must answer 503 (never 500, never hang up), recover by itself, leave no partial
// state (a referral without its intent or audit entry), and the workers must pick up where they were.
import { Client, waitForHealthy } from '../lib/http.mjs';
import { allDone, checkQueues } from '../lib/effects.mjs';
import { Scenario, pollUntil, sleep } from '../lib/report.mjs';
import { APP_NAMES, harnessClient, startApi, startWorker } from '../lib/stack.mjs';
import { Traffic } from '../lib/traffic.mjs';

export async function postgresOutage(ctx) {
  const s = new Scenario(3, 'PostgreSQL connections cut and the database refusing connections');
  const { run, db, today } = ctx;
  const cycles = ctx.full ? 3 : 1;
  const stormMs = ctx.full ? 15_000 : 4_000;
  const downMs = ctx.full ? 10_000 : 4_000;
  const prefix = `${run.id}_outage`;
  const api = await startApi(run, { prefix, name: 'outage-api' });
  const workers = [await startWorker(run, { prefix, name: 'outage-worker-a' }), await startWorker(run, { prefix, name: 'outage-worker-b' })];
  const admin = await harnessClient(run, false);
  const name = new URL(run.databaseUrl).pathname.slice(1);
  const cut = async () =>
    (
      await admin.query(`SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = ANY($2::text[])`, [
        name,
        [APP_NAMES.api, APP_NAMES.worker],
      ])
    ).rows[0].n;
  const allow = (yes) => admin.query(`ALTER DATABASE "${name.replace(/"/g, '""')}" WITH ALLOW_CONNECTIONS ${yes ? 'true' : 'false'}`);
  const client = await Client.signedIn(api.base, ctx.users.duty);
  const traffic = new Traffic(client, { tag: 'Isembard', today, lanes: 3 }).start();
  let terminated = 0;
  const recoveries = [];
  const downWindows = [];
  try {
    await sleep(1500);
    for (let c = 0; c < cycles; c++) {
      traffic.phase = 'storm';
      const stormEnds = Date.now() + stormMs;
      let cuts = 0;
      while (Date.now() < stormEnds) {
        terminated += await cut();
        cuts++;
        await sleep(150 + Math.random() * 250);
      }
      s.injected(`pg_terminate_backend of the api's and workers' connections ${cuts} times in ${stormMs / 1000} s (${terminated} connections so far)`);
      traffic.phase = 'between';
      await sleep(1000);
      traffic.phase = 'down';
      await allow(false);
      terminated += await cut();
      const window = { from: Date.now() };
      try {
        await sleep(downMs);
      } finally {
        window.to = Date.now();
        await allow(true);
      }
      downWindows.push(window);
      s.injected(`the database refused connections for ${downMs / 1000} s (every app connection cut)`);
      traffic.phase = 'recovering';
      const t = Date.now();
      recoveries.push(await waitForHealthy(api.base, 30_000).catch(() => null));
      // Only after the last outage is every answer expected to succeed (an earlier cycle's calm ends in the next storm).
      traffic.phase = c === cycles - 1 ? 'after' : 'calm';
      s.say(`health answered 200 again ${((Date.now() - t) / 1000).toFixed(1)} s after connections were allowed`);
      await sleep(2000);
    }
    await traffic.stop();
    s.figure('connectionsCut', terminated);
    s.say(`answers by phase: ${JSON.stringify(traffic.tally())}`);

    const fives = traffic.answers.filter((a) => a.status >= 500 && a.status !== 503);
    s.check(fives.length === 0, 'no answer was a 5xx other than 503', fives.slice(0, 5).map((a) => `${a.phase} ${a.kind} ${a.status}: ${a.message}`).join('\n'));
    const dropped = traffic.answers.filter((a) => a.status === 0);
    s.check(dropped.length === 0, 'every request got an answer (none refused or hung up)', dropped.slice(0, 5).map((a) => `${a.phase} ${a.kind}: ${a.error}`).join('\n'));
    // Sent after every connection was cut and answered before connections were allowed again.
    const down = traffic.answers.filter((a) => downWindows.some((w) => a.sentAt >= w.from && a.answeredAt <= w.to));
    const downHealth = down.filter((a) => a.kind === 'health');
    s.check(downHealth.length > 0 && downHealth.every((a) => a.status === 503), `while the database refused connections, health answered 503 (${downHealth.length} times)`);
    const downOther = down.filter((a) => a.kind !== 'health');
    s.check(
      downOther.length > 0 && downOther.every((a) => a.status === 503),
      `while the database refused connections, reads and writes answered 503 (${downOther.length} answers: ${JSON.stringify(traffic.tally((a) => downOther.includes(a)))})`,
    );
    const unavailable = traffic.answers.find((a) => a.status === 503 && a.kind !== 'health');
    s.check(
      !!unavailable && /database/i.test(unavailable.message ?? '') && !!unavailable.retryAfter,
      `a 503 says what is wrong and when to retry: "${unavailable?.message}" (Retry-After: ${unavailable?.retryAfter})`,
    );
    s.check(recoveries.every((ms) => ms !== null), `the api recovered by itself every time (health 200 after ${recoveries.map((ms) => (ms === null ? 'never' : `${(ms / 1000).toFixed(1)} s`)).join(', ')})`);
    const after = traffic.answers.filter((a) => a.phase === 'after' && a.kind !== 'health');
    s.check(after.length > 0 && after.every((a) => a.status >= 200 && a.status < 300), `after recovery every request succeeded (${after.length})`);
    s.check([api, ...workers].every((p) => p.alive), 'the api and both workers are still the same processes (none crashed or was restarted)');

    // No partial state: every referral the traffic made (answered or not) is whole.
    const { rows: partial } = await db.query(
      `SELECT r.id,
              NOT EXISTS (SELECT 1 FROM outbox_message o WHERE o.job_id = 'ack-' || r.id) AS no_ack_intent,
              NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_type = 'referral' AND e.entity_id = r.id::text AND e.action = 'create') AS no_create_audit,
              (r.access_completed_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM outbox_message o WHERE o.job_id = 'access-outcome-' || r.id)) AS no_outcome_intent,
              (r.access_completed_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_type = 'referral' AND e.entity_id = r.id::text AND e.action = 'update' AND e.user_id IS NOT NULL)) AS no_move_audit
         FROM referral r JOIN child c ON c.id = r.child_id WHERE c.given_name = 'Isembard'`,
    );
    const { rows: orphans } = await db.query(`SELECT count(*)::int AS n FROM child c WHERE c.given_name = 'Isembard' AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.child_id = c.id)`);
    const broken = partial.filter((p) => p.no_ack_intent || p.no_create_audit || p.no_outcome_intent || p.no_move_audit);
    s.check(
      broken.length === 0 && orphans[0].n === 0,
      `no partial state: ${partial.length} referrals each with their intents and audit entries, no child without its referral`,
      `${broken.length} incomplete referrals (e.g. ${JSON.stringify(broken[0])}), ${orphans[0].n} children without a referral`,
    );
    const missing = [...traffic.created].filter((id) => !partial.some((p) => p.id === id));
    s.check(missing.length === 0, `every referral answered 201 is stored (${traffic.created.size})`, `${missing.length} missing`);

    // The workers pick up where they were: the backlog the outage left (intents, letters to render) starts
    // going down at once, and is cleared at the workers' pace (~40 letters a second on 2 cores).
    const ids = partial.map((p) => p.id);
    const owed = async () => {
      const { rows } = await db.query(
        `SELECT (SELECT count(*)::int FROM outbox_message WHERE payload->>'referralId' = ANY($1::text[]) AND processed_at IS NULL)
              + (SELECT count(*)::int FROM letter WHERE referral_id = ANY($1::uuid[]) AND status = 'queued') AS n`,
        [ids],
      );
      return rows[0].n;
    };
    const backlog = await owed();
    const resumed = await pollUntil(async () => backlog === 0 || (await owed()) < backlog, 15_000, 250);
    s.check(resumed.value !== null, `the workers resumed within 15 s of the last outage (backlog of ${backlog} intents and letters going down after ${(resumed.ms / 1000).toFixed(1)} s)`);
    const bound = ctx.full ? 180_000 : 60_000;
    const done = await pollUntil(() => allDone(db, ids), bound);
    s.check(done.value !== null, `…and cleared it: every intent processed and letter generated (${(done.ms / 1000).toFixed(1)} s; bound ${bound / 1000} s)`);
    await checkQueues(s, run.redisUrl, prefix);
  } finally {
    traffic.stopped = true;
    await allow(true).catch(() => undefined);
    await admin.end().catch(() => undefined);
    for (const w of workers) await w.term();
    await api.term();
  }
  return s;
}
