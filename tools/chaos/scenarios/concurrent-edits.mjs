// Scenario 5: concurrent edits of one referral. Every edit carries the version its author loaded, so
// of edits made at once from the same version one wins and the others answer 409; an author who
// reloads and tries again gets their edit in. Nothing is lost and nothing is applied twice.
import { Client } from '../lib/http.mjs';
import { allDone, effectsOf } from '../lib/effects.mjs';
import { addDays, completeAccess, completeAssessment, register, registration } from '../lib/pathway.mjs';
import { Scenario, pollUntil } from '../lib/report.mjs';
import { startApi, startWorker } from '../lib/stack.mjs';

const LISTS = ['ADOS', 'Behaviour', 'General Group', 'Psychiatric Opinion', 'School Observation', 'Treatment', 'Psychological Therapies', 'Psychodynamic Psychotherapy'];

export async function concurrentEdits(ctx) {
  const s = new Scenario(5, 'concurrent edits of one referral → one wins, the others 409, nothing lost');
  const { run, db, today } = ctx;
  const prefix = `${run.id}_edits`;
  const api = await startApi(run, { prefix, name: 'edits-api' });
  const base = api.base;
  const worker = await startWorker(run, { prefix, name: 'edits-worker' });
  try {
    // 1. Eight clinicians (eight sessions) each add their own waiting list, at once, from version 3.
    const editors = await Promise.all(LISTS.map((_, i) => Client.signedIn(base, i % 2 ? ctx.users.duty : ctx.users.fuzz)));
    let r = await register(editors[0], registration('Ravenna', 1, { receivedOn: addDays(today, -20) }));
    r = await completeAccess(editors[0], r, addDays(today, -19));
    r = await completeAssessment(editors[0], r, addDays(today, -18)); // v3, one wait (Neurodevelopmental)
    const addedOn = addDays(today, -2);
    const first = await Promise.all(editors.map((c, i) => c.post(`/referrals/${r.id}/waits`, { version: r.version, list: LISTS[i], addedOn })));
    s.injected(`${editors.length} sessions add a wait to one referral at once, all from version ${r.version}`);
    const wins = first.filter((a) => a.status === 201).length;
    const conflicts = first.filter((a) => a.status === 409);
    s.check(wins === 1 && conflicts.length === editors.length - 1, `one edit won, the other ${editors.length - 1} answered 409 (got ${first.map((a) => a.status).join(' ')})`);
    s.check(
      conflicts.every((c) => /changed since you loaded it/.test(c.body?.message ?? '')),
      `each 409 says why and what to do: "${conflicts[0]?.body?.message}"`,
    );

    // Each loser reloads and tries again (as the referral page does), all still racing each other.
    let retries = 0;
    await Promise.all(
      editors.map(async (c, i) => {
        let answer = first[i];
        for (let attempt = 0; answer.status === 409 && attempt < 30; attempt++) {
          retries++;
          const fresh = await c.get(`/referrals/${r.id}`);
          answer = await c.post(`/referrals/${r.id}/waits`, { version: fresh.body.version, list: LISTS[i], addedOn });
        }
        if (answer.status !== 201) s.check(false, `editor ${i + 1} got the edit in after reloading`, `${answer.status}: ${JSON.stringify(answer.body)}`);
      }),
    );
    s.say(`the losers reloaded and retried ${retries} times in all`);
    const { rows: waits } = await db.query(
      `SELECT l.name FROM wait w JOIN waiting_list l ON l.id = w.list_id WHERE w.referral_id = $1 ORDER BY l.name`,
      [r.id],
    );
    s.equal(waits.map((w) => w.name), ['Neurodevelopmental', ...LISTS].sort(), 'every edit is in, once: 9 waits (the first list and the 8 added)');
    const [after] = await effectsOf(db, [r.id]);
    const { rows: audited } = await db.query(
      `SELECT (SELECT count(*)::int FROM audit_event e WHERE e.entity_type = 'wait' AND e.entity_id = w.id::text AND e.action = 'update') AS n
         FROM wait w JOIN waiting_list l ON l.id = w.list_id WHERE w.referral_id = $1 AND l.name <> 'Neurodevelopmental'`,
      [r.id],
    );
    // v3 + 8 edits = v11; each added wait audited once (the refused attempts wrote nothing).
    s.equal(
      { version: after.version, auditsPerWait: [...new Set(audited.map((x) => x.n))], waitsAudited: audited.length },
      { version: 11, auditsPerWait: [1], waitsAudited: 8 },
      'the version moved on once per edit (3 → 11), and each added wait was audited once',
    );

    // 2. Two clinicians decide the access outcome at the same moment, differently.
    const [alice, bob] = await Promise.all([Client.signedIn(base, ctx.users.duty), Client.signedIn(base, ctx.users.fuzz)]);
    const q = await register(alice, registration('Ravenna', 2, { receivedOn: addDays(today, -6) }));
    const [a, b] = await Promise.all([
      alice.post(`/referrals/${q.id}/access`, { version: q.version, completedOn: addDays(today, -5), outcome: 'accepted' }),
      bob.post(`/referrals/${q.id}/access`, { version: q.version, completedOn: addDays(today, -5), outcome: 'redirected', destination: 'Early Help hub' }),
    ]);
    s.injected('two clinicians complete access on one referral at once: one accepts, one redirects');
    s.equal([a.status, b.status].sort(), [200, 409], 'one answered 200, the other 409');
    const winner = a.status === 200 ? 'accepted' : 'redirected';
    const done = await pollUntil(() => allDone(db, [r.id, q.id]), 60_000);
    s.check(done.value !== null, `the worker finished the letters within 60 s (${(done.ms / 1000).toFixed(1)} s)`);
    const [decided] = await effectsOf(db, [q.id]);
    s.equal(
      { stage: decided.stage, version: decided.version, letters: decided.letters, updates: decided.user_updates },
      { stage: winner === 'accepted' ? 'assessment' : 'redirected', version: 2, letters: { 'access-outcome': 3, acknowledgement: 3 }, updates: 1 },
      `the winner's decision (${winner}) stands, applied once: one set of outcome letters`,
    );
  } finally {
    await worker.term();
    await api.term();
  }
  return s;
}
