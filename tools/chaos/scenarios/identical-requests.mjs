// Scenario 4: 50 identical requests at once (a double-clicking user, a retrying proxy) → one effect.
// The pathway's moves and reviews carry the version the caller saw, so of 50 identical ones exactly
// one can win; the rest answer 409 and change nothing. A registration has no version: the client
// sends an Idempotency-Key, and the 49 repeats answer with the referral the first one made.
import { Client } from '../lib/http.mjs';
import { allDone, effectsOf } from '../lib/effects.mjs';
import { addDays, greenReview, registration } from '../lib/pathway.mjs';
import { Scenario, pollUntil } from '../lib/report.mjs';
import { startApi, startWorker } from '../lib/stack.mjs';
import { setUpWaitingChildren, waitForReviewTasks } from '../lib/workload.mjs';

const N = 50;

const tally = (answers) => {
  const t = {};
  for (const a of answers) t[a.status] = (t[a.status] ?? 0) + 1;
  return t;
};

export async function identicalRequests(ctx) {
  const s = new Scenario(4, '50 identical concurrent requests → exactly one effect');
  const { run, db, today } = ctx;
  const prefix = `${run.id}_identical`;
  const api = await startApi(run, { prefix, name: 'identical-api' });
  const client = await Client.signedIn(api.base, ctx.users.duty);
  let worker;
  try {
    // A waiting child whose review task the duty day opens (set up before the worker starts).
    const [waitingId] = await setUpWaitingChildren(client, 'Ottoline', 1, today, 1);
    worker = await startWorker(run, { prefix, name: 'identical-worker' });
    const tasks = await waitForReviewTasks(client, [waitingId], 60_000);
    if (!s.check(tasks !== null, 'the duty day opened the review task')) return s;

    // 1. The same move 50 times at once.
    const reg = await client.post('/referrals', registration('Ottoline', 2, { receivedOn: addDays(today, -5) }));
    const referral = reg.body;
    const access = { version: referral.version, completedOn: addDays(today, -4), outcome: 'accepted' };
    const moves = await Promise.all(Array.from({ length: N }, () => client.post(`/referrals/${referral.id}/access`, access)));
    s.injected(`${N} identical POST /referrals/{id}/access (version ${referral.version}) at once`);
    s.equal(tally(moves), { 200: 1, 409: N - 1 }, 'one answered 200, the others 409');
    const stale = moves.find((m) => m.status === 409);
    s.check(/version/.test(stale?.body?.message ?? ''), `each 409 names the problem: "${stale?.body?.message}"`);

    // 2. The same review 50 times at once.
    const task = tasks.get(waitingId);
    const reviews = await Promise.all(Array.from({ length: N }, () => client.post(`/duty/tasks/${task.taskId}/review`, greenReview(task.version))));
    s.injected(`${N} identical POST /duty/tasks/{id}/review at once`);
    s.equal(tally(reviews), { 201: 1, 409: N - 1 }, 'one review answered 201, the others 409');
    const refused = reviews.find((m) => m.status === 409);
    s.check(typeof refused?.body?.message === 'string' && refused.body.message.length > 10, `each 409 names the problem: "${refused?.body?.message}"`);

    // 3. The same registration 50 times at once (same child, same NHS number, same Idempotency-Key, as a client retrying sends it).
    const body = registration('Ottoline', 3, { receivedOn: addDays(today, -3), nhsNumber: '943 476 5919' });
    const key = `chaos-registration-${Date.now().toString(36)}`;
    const regs = await Promise.all(Array.from({ length: N }, () => client.request('POST', '/referrals', body, { headers: { 'Idempotency-Key': key } })));
    s.injected(`${N} identical POST /referrals (same child, same NHS number, same Idempotency-Key) at once`);
    s.equal(tally(regs), { 201: N }, `every answer 201 (the first made the referral, the others answered with it)`);
    const created = [...new Set(regs.filter((r) => r.status === 201).map((r) => r.body.id))];
    s.equal(created.length, 1, 'all answers name one referral');
    const { rows: children } = await db.query(`SELECT count(*)::int AS n FROM child WHERE nhs_number = '9434765919'`);
    s.equal(children[0].n, 1, 'exactly one child holds the NHS number');
    const { rows: referrals } = await db.query(`SELECT count(*)::int AS n FROM referral r JOIN child c ON c.id = r.child_id WHERE c.nhs_number = '9434765919'`);
    s.equal(referrals[0].n, 1, 'exactly one referral was made');

    const ids = [referral.id, waitingId, ...created];
    const done = await pollUntil(() => allDone(db, ids), 60_000);
    s.check(done.value !== null, `the worker finished what they owe within 60 s (${(done.ms / 1000).toFixed(1)} s)`);
    const [moved, reviewed, ...registered] = await effectsOf(db, ids);
    // Registered (v1), access once (v2): acknowledgement and access outcome letters, 3 each; 3 intents (ack, access clock, access outcome).
    s.equal(
      { stage: moved.stage, version: moved.version, letters: moved.letters, intents: `${moved.intents_done}/${moved.intents}`, updates: moved.user_updates },
      { stage: 'assessment', version: 2, letters: { 'access-outcome': 3, acknowledgement: 3 }, intents: '3/3', updates: 1 },
      'the move happened once: one version step, one audit entry, one intent, one set of letters',
    );
    // Waiting child (v3) rated GREEN by one review (v4): one attended review, its task completed, audited once.
    s.equal(
      { version: reviewed.version, reviews: reviewed.reviews, tasks: reviewed.review_tasks, open: reviewed.open_review_tasks, audits: reviewed.review_audits },
      { version: 4, reviews: 1, tasks: 1, open: 0, audits: 1 },
      'the review happened once: one appointment, the task completed once, one audit entry',
    );
    const notOnce = registered.filter((r) => JSON.stringify(r.letters) !== '{"acknowledgement":3}' || r.intents_done !== 2);
    s.check(notOnce.length === 0, `each of the ${registered.length} registered referrals acknowledged exactly once (3 letters, 2 intents)`, notOnce.map((r) => r.id).join(', '));
  } finally {
    await worker?.term();
    await api.term();
  }
  return s;
}
