// Scenario 2: Redis loses everything mid-run — a FLUSHALL, then a restart (no persistence, so it comes
// back empty). Both happen on a private redis-server this scenario starts on its own port, so nothing
// else on the machine is touched (where redis-server is not installed, it deletes its own keys on the
// shared Redis instead, and says that the restart was not tested). The schedule lives in PostgreSQL: afterwards every job scheduler is
// declared again, every intent is relayed again and done once, and no review is lost.
import Redis from 'ioredis';
import { Client } from '../lib/http.mjs';
import { allDone, checkQueues, effectsOf, expectEvery, schedulers } from '../lib/effects.mjs';
import { Scenario, inParallel, pollUntil, sleep } from '../lib/report.mjs';
import { deleteRedisKeys, startApi, startPrivateRedis, startWorker } from '../lib/stack.mjs';
import { pipelineExpected, recordReview, reviewedExpected, runPipeline, setUpWaitingChildren, waitForReviewTasks } from '../lib/workload.mjs';
import { reviewTasks } from '../lib/pathway.mjs';

export async function redisLoss(ctx) {
  const s = new Scenario(2, 'Redis FLUSHALL and Redis restart mid-run');
  const { run, db, today } = ctx;
  const waitingCount = ctx.full ? 60 : 16;
  const pipelines = ctx.full ? 60 : 16;
  const prefix = `${run.id}_redis`;
  const privateRedis = await startPrivateRedis(run);
  // Without redis-server here, the machine's Redis is shared: only this scenario's keys are deleted, and it is not restarted.
  const redis = privateRedis ?? { url: run.redisUrl, restart: null };
  if (privateRedis) s.say(`the faults go to a private redis-server (${privateRedis.url}), not the machine’s Redis`);
  else s.gap('redis-server is not installed: the "flush" deletes only this scenario’s keys on the shared Redis, and Redis is not restarted');
  const api = await startApi(run, { prefix, redisUrl: redis.url, name: 'redis-api' });
  const client = await Client.signedIn(api.base, ctx.users.duty);
  const workers = [];
  try {
    const waiting = await setUpWaitingChildren(client, 'Aurelian', waitingCount, today);
    workers.push(await startWorker(run, { prefix, redisUrl: redis.url, name: 'redis-worker-a' }), await startWorker(run, { prefix, redisUrl: redis.url, name: 'redis-worker-b' }));
    const tasks = await waitForReviewTasks(client, waiting, 90_000);
    if (!s.check(tasks !== null, `the duty day opened a review task for each of the ${waitingCount} waiting children`)) return s;
    const declared = await schedulers(redis.url, prefix);
    s.say(`job schedulers before: ${declared.join(', ')}`);

    // Half the children are reviewed during the faults; the other half must keep their open task.
    const toReview = waiting.slice(0, waitingCount / 2);
    const untouched = waiting.slice(waitingCount / 2);
    const ids = [];
    const failures = [];
    const units = [...Array.from({ length: pipelines }, (_, i) => ({ n: 3000 + i })), ...toReview.map((id) => ({ id }))];
    let faultsDone = false;
    const loadStarted = Date.now();
    const load = inParallel(units, 3, async (unit, i) => {
      // Spread the work over the faults: a unit waits its turn (about 3 a second) while they last.
      while (!faultsDone && i > 2 + ((Date.now() - loadStarted) / 1000) * 3) await sleep(50);
      try {
        if (unit.id) await recordReview(client, tasks.get(unit.id));
        else ids.push(await runPipeline(client, 'Aurelian', unit.n, today));
      } catch (e) {
        failures.push(e.message);
      }
    });

    await sleep(2500);
    if (privateRedis) {
      const flusher = new Redis(redis.url, { maxRetriesPerRequest: 1 });
      await flusher.flushall();
      await flusher.quit();
      s.injected('FLUSHALL on the private Redis (every queued job, job id and scheduler gone)');
    } else {
      s.injected(`deleted all ${await deleteRedisKeys(redis.url, prefix)} keys under this scenario's prefix (every queued job, job id and scheduler gone)`);
    }
    const flushedAt = Date.now();
    await sleep(3000);
    if (privateRedis) {
      const downMs = await privateRedis.restart(3000);
      s.injected(`Redis killed (SIGKILL) and started again empty after ${(downMs / 1000).toFixed(1)} s`);
    }
    const restartedAt = Date.now();
    faultsDone = true;
    await load;
    s.check(failures.length === 0, `all ${pipelines * 4 + toReview.length} API operations succeeded during the faults (the API only writes PostgreSQL)`, failures.slice(0, 5).join('\n'));

    const all = [...ids, ...waiting];
    const done = await pollUntil(() => allDone(db, all), 120_000, 500);
    s.figure('doneAfterRestartS', done.value ? +((Date.now() - restartedAt) / 1000).toFixed(1) : null);
    s.check(
      done.value !== null,
      `every intent relayed again and processed, every letter generated (${done.value ? `${((Date.now() - restartedAt) / 1000).toFixed(1)} s after the restart, ${((Date.now() - flushedAt) / 1000).toFixed(1)} s after the flush` : 'not within 120 s'})`,
      done.value ? undefined : JSON.stringify(await stillOwed(db, all)),
    );
    // The workers declare their schedulers again every minute.
    let seen = [];
    const back = await pollUntil(async () => {
      seen = await schedulers(redis.url, prefix);
      return declared.every((d) => seen.includes(d)) ? seen : null;
    }, 75_000, 1000);
    s.check(
      back.value !== null,
      `every job scheduler declared again by the workers (${declared.length}; ${back.value ? `all back ${((Date.now() - restartedAt) / 1000).toFixed(0)} s after the restart` : `still missing: ${declared.filter((d) => !seen.includes(d)).join(', ')}`})`,
    );

    expectEvery(s, await effectsOf(db, ids), pipelineExpected(), 'referrals moved through the pathway', { withTasks: false });
    expectEvery(s, await effectsOf(db, toReview), reviewedExpected(today), 'waiting children reviewed during the faults');
    const stillDue = await reviewTasks(client);
    const lost = untouched.filter((id) => !stillDue.has(id));
    s.check(lost.length === 0, `no review lost: each of the ${untouched.length} children not yet reviewed still has their open review task`, `${lost.length} lost`);
    s.check(workers.every((w) => w.alive) && api.alive, 'the api and the workers rode it out (none exited)');
    await checkQueues(s, redis.url, prefix);
  } finally {
    for (const w of workers) await w.term();
    await api.term();
  }
  return s;
}

/** What is still owed: intents not processed (by job) and letters queued. */
async function stillOwed(db, ids) {
  const { rows } = await db.query(
    `SELECT (SELECT json_agg(job_id) FROM (SELECT job_id FROM outbox_message WHERE payload->>'referralId' = ANY($1::text[]) AND processed_at IS NULL LIMIT 5) o) AS intents,
            (SELECT count(*)::int FROM letter WHERE referral_id = ANY($1::uuid[]) AND status = 'queued') AS queued_letters`,
    [ids],
  );
  return rows[0];
}
