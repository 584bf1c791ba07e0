// Scenario 1: kill -9 a worker at random points while transitions and reviews are processed.
// Two workers run; one at a time is killed at a random moment (often mid-job, sometimes mid-start-up)
// and replaced at once. Every intended effect must happen exactly once, all within 60 s of the last kill.
import { Client } from '../lib/http.mjs';
import { allDone, checkQueues, effectsOf, expectEvery, watchQueues } from '../lib/effects.mjs';
import { Scenario, inParallel, pollUntil, sleep } from '../lib/report.mjs';
import { startApi, startWorker } from '../lib/stack.mjs';
import { pipelineExpected, recordReview, reviewedExpected, runPipeline, setUpWaitingChildren, waitForReviewTasks } from '../lib/workload.mjs';

export async function workerKills(ctx) {
  const s = new Scenario(1, 'kill -9 of workers while transitions and reviews are processed');
  const { run, random, today } = ctx;
  const kills = ctx.full ? 100 : 5;
  const pipelines = ctx.full ? 200 : 30; // 4 moves each
  const reviews = ctx.full ? 200 : 30;
  const totalOps = pipelines * 4 + reviews;
  const prefix = `${run.id}_kills`;
  s.say(`${pipelines} referrals × 4 moves + ${reviews} reviews = ${totalOps} operations; ${kills} kills; 2 workers`);

  const api = await startApi(run, { prefix, name: 'kills-api' });
  const client = await Client.signedIn(api.base, ctx.users.duty);
  const db = ctx.db;
  try {
    const waiting = await setUpWaitingChildren(client, 'Quillane', reviews, today);
    const slots = [await startWorker(run, { prefix, name: 'kills-worker-a' }), await startWorker(run, { prefix, name: 'kills-worker-b' })];
    const tasks = await waitForReviewTasks(client, waiting, 90_000);
    if (!s.check(tasks !== null, `the duty day opened a review task for each of the ${reviews} waiting children`)) return s;

    const seen = await watchQueues(run.redisUrl, prefix);
    // The load, paced so that it spreads over the kills: an operation waits while the share done
    // runs ahead of the share of kills made.
    let killsMade = 0;
    let opsDone = 0;
    const failures = [];
    const pace = async () => {
      while (killsMade < kills && opsDone / totalOps > (killsMade + 1) / kills) await sleep(50);
    };
    const counted = async () => {
      opsDone++;
    };
    const units = [...Array.from({ length: pipelines }, (_, i) => ({ kind: 'pipeline', n: 1000 + i })), ...waiting.map((id) => ({ kind: 'review', id }))];
    for (let i = units.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [units[i], units[j]] = [units[j], units[i]];
    }
    const pipelineIds = [];
    const loadStarted = Date.now();
    let loadEnded = 0;
    const load = inParallel(units, 6, async (u) => {
      try {
        if (u.kind === 'pipeline') pipelineIds.push(await runPipeline(client, 'Quillane', u.n, today, counted, pace));
        else {
          await pace();
          await recordReview(client, tasks.get(u.id));
          await counted();
        }
      } catch (e) {
        failures.push(e.message);
      }
    }).then(() => (loadEnded = Date.now()));

    // The kills: a random worker, at a random moment 0.5–3 s after the previous kill, replaced at once
    // (not waiting for it to be ready, so the next kill may land in its start-up).
    const unexpected = [];
    let lastKill = 0;
    for (let k = 0; k < kills; k++) {
      await sleep(500 + random() * 2500);
      const i = random() < 0.5 ? 0 : 1;
      const victim = slots[i];
      if (!victim.alive && victim.exit.signal !== 'SIGKILL') unexpected.push(`${victim.name} exited by itself (${JSON.stringify(victim.exit)})`);
      await victim.kill9();
      lastKill = Date.now();
      killsMade++;
      slots[i] = await startWorker(run, { prefix, name: `kills-worker-${k + 1}`, ready: false });
    }
    s.injected(`${kills} × kill -9 of a worker (of 2), 0.5–3 s apart, each replaced at once; load ${Math.round((Date.now() - loadStarted) / 1000)} s so far`);
    await load;
    if (ctx.full) s.check(seen.stalled.length > 0, 'the kills landed mid-job: jobs of killed workers were found stalled and run again', 'no job stalled');
    s.check(failures.length === 0, `all ${totalOps} API operations answered as expected (${opsDone} done)`, failures.slice(0, 5).join('\n'));

    const ids = [...pipelineIds, ...waiting];
    const done = await pollUntil(() => allDone(db, ids), 90_000, 250);
    const afterLastKill = done.value ? Date.now() - lastKill : null;
    const afterLoad = done.value ? Date.now() - loadEnded : null;
    s.figure('kills', kills);
    s.figure('operations', totalOps);
    s.figure('doneAfterLastKillS', afterLastKill === null ? null : +(afterLastKill / 1000).toFixed(1));
    s.check(
      done.value !== null && afterLastKill <= 60_000,
      `every intent processed and every letter generated ≤ 60 s after the last kill (${afterLastKill === null ? 'not done after 90 s' : `${(afterLastKill / 1000).toFixed(1)} s; ${(afterLoad / 1000).toFixed(1)} s after the last operation`})`,
    );
    for (const w of slots) if (!w.alive && w.exit.signal !== 'SIGKILL') unexpected.push(`${w.name} exited by itself (${JSON.stringify(w.exit)})`);
    s.check(unexpected.length === 0, 'no worker died except by the kills', unexpected.join('\n'));

    const pipelineRows = await effectsOf(db, pipelineIds);
    expectEvery(s, pipelineRows, pipelineExpected(), 'referrals moved through the pathway', { withTasks: false });
    const extraTasks = pipelineRows.filter((r) => r.review_tasks > 1);
    s.check(extraTasks.length === 0, 'no discharged referral’s child got more than one review task', `${extraTasks.length} did`);
    expectEvery(s, await effectsOf(db, waiting), reviewedExpected(today), 'waiting children reviewed');

    await checkQueues(s, run.redisUrl, prefix);
    s.figure('stalledJobs', seen.stalled.length);
    s.say(`jobs of killed workers found stalled and run again: ${seen.stalled.length}; job attempts that failed and were retried: ${seen.failed.length}`);
    await seen.close();
    for (const w of slots) await w.term();
  } finally {
    await api.term();
  }
  return s;
}
