// Scenario 7: SIGTERM to a worker while it processes (a deploy, a scale-in). The worker must stop
// taking jobs, finish (or hand back for retry) the ones it holds and exit by itself; no job may be
// left to stall, and every effect still happens exactly once.
import { Client } from '../lib/http.mjs';
import { allDone, checkQueues, effectsOf, expectEvery, queueCounts, watchQueues } from '../lib/effects.mjs';
import { Scenario, inParallel, pollUntil, sleep } from '../lib/report.mjs';
import { startApi, startWorker } from '../lib/stack.mjs';
import { pipelineExpected, runPipeline } from '../lib/workload.mjs';

export async function gracefulShutdown(ctx) {
  const s = new Scenario(7, 'SIGTERM to a worker during processing');
  const { run, db, random, today } = ctx;
  const rounds = ctx.full ? 10 : 2;
  const perRound = ctx.full ? 20 : 12;
  const prefix = `${run.id}_graceful`;
  const seen = await watchQueues(run.redisUrl, prefix);
  const api = await startApi(run, { prefix, name: 'graceful-api' });
  const client = await Client.signedIn(api.base, ctx.users.duty);
  const workers = [await startWorker(run, { prefix, name: 'graceful-worker-a' }), await startWorker(run, { prefix, name: 'graceful-worker-b' })];
  const ids = [];
  const exits = [];
  let withJobsActive = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      // A burst of moves (each leaves jobs for the workers), and SIGTERM to one worker in the middle of it.
      const burst = inParallel(
        Array.from({ length: perRound }, (_, i) => 2000 + round * 100 + i),
        4,
        async (n) => ids.push(await runPipeline(client, 'Wendeline', n, today)),
      );
      const busy = await pollUntil(async () => (await queueCounts(run.redisUrl, prefix)).total.active > 0, 5000, 20);
      if (busy.value) withJobsActive++;
      await sleep(random() * 300);
      const i = random() < 0.5 ? 0 : 1;
      const exit = await workers[i].term(30_000);
      exits.push(exit);
      s.injected(`SIGTERM to ${workers[i].name}${busy.value ? ' while jobs were active' : ''}: it exited in ${(exit.ms / 1000).toFixed(1)} s (${exit.signal ?? `code ${exit.code}`})`);
      workers[i] = await startWorker(run, { prefix, name: `graceful-worker-${round + 1}` });
      await burst;
    }
    s.figure('sigterms', rounds);
    s.check(withJobsActive === rounds, `every SIGTERM came while jobs were active (${withJobsActive} of ${rounds})`);
    s.check(
      exits.every((e) => e.ms < 30_000 && (e.signal === 'SIGTERM' || e.code === 0)),
      `every worker stopped by itself within 30 s (slowest ${(Math.max(...exits.map((e) => e.ms)) / 1000).toFixed(1)} s), none needed SIGKILL`,
      JSON.stringify(exits),
    );
    const done = await pollUntil(() => allDone(db, ids), 60_000);
    s.check(done.value !== null, `every intent processed and letter generated within 60 s of the last SIGTERM (${(done.ms / 1000).toFixed(1)} s)`);
    expectEvery(s, await effectsOf(db, ids), pipelineExpected(), 'referrals moved through the pathway', { withTasks: false });
    s.check(seen.stalled.length === 0, `no job stalled: a stopping worker finished or handed back what it held (stalled: ${seen.stalled.length})`, seen.stalled.slice(0, 5).join('\n'));
    s.say(`job attempts that failed (and were retried) meanwhile: ${seen.failed.length}${seen.failed.length ? ` — e.g. ${seen.failed[0]}` : ''}`);
    await checkQueues(s, run.redisUrl, prefix);
  } finally {
    for (const w of workers) await w.term();
    await api.term();
    await seen.close();
  }
  return s;
}
