// The two kinds of work the fault scenarios push through the system, with the effects each must end
// with, worked out by hand from the rules (domain.md, architecture.md):
//
// A referral through the whole pathway (4 API calls): registered (received 10 days ago, routine),
// access completed (accepted) the next day, assessment completed onto one waiting list the day after,
// discharged yesterday. It is owed: the acknowledgement and the three outcome letters, each to the
// referrer, the GP and the family (12 letters, 12 stored PDFs); 6 outbox intents (ack, access clock,
// access outcome, assessment outcome, the wait's clocks, discharge), each processed once; no clock flag
// (the access target, 91 days, and 13 weeks are far off); the users' three moves in the audit trail;
// version 4 (1 + three moves).
//
// A waiting child reviewed (1 API call during the fault): set up before any worker runs — received
// 110 days ago, access 100 days ago, assessment (onto one list) 90 days ago — so the access clock job
// finds access done (no access flag), and the 13-week clock (91 days from receipt) is breached, the
// 18-week one (126 days, flagged from 112) not yet: exactly one flag, `rtt13 breached`. Not rated, it
// is due a review from the day it started waiting, so the duty day opens one review task; the review
// (rating it GREEN) completes it, adds one attended duty review, re-plans the next review 182 days
// from today, is audited once, and moves the referral to version 4. Letters: acknowledgement, access and assessment
// outcomes (9); 5 intents.
import { addDays, completeAccess, completeAssessment, discharge, greenReview, expectStatus, register, registration, reviewTasks } from './pathway.mjs';
import { inParallel } from './report.mjs';

export function pipelineExpected() {
  return 'discharged v4 | letters access-outcome×3 acknowledgement×3 assessment-outcome×3 discharge×3 | queued 0 | documents 12/12 | intents 6/6 | flags none | reviews 0 | updates 3';
}

export function reviewedExpected(today) {
  return `accepted v4 | letters access-outcome×3 acknowledgement×3 assessment-outcome×3 | queued 0 | documents 9/9 | intents 5/5 | flags rtt13 breached | reviews 1 | updates 2 | review tasks 1 (open 0) | next review ${addDays(today, 182)} | review audits 1`;
}

/** The four moves of one referral, each counted by `onOp` once it has answered. */
export async function runPipeline(client, tag, n, today, onOp = async () => undefined, before = async () => undefined) {
  await before();
  let r = await register(client, registration(tag, n, { receivedOn: addDays(today, -10) }));
  await onOp();
  await before();
  r = await completeAccess(client, r, addDays(today, -9));
  await onOp();
  await before();
  r = await completeAssessment(client, r, addDays(today, -8));
  await onOp();
  await before();
  r = await discharge(client, r, addDays(today, -1));
  await onOp();
  return r.id;
}

/** Waiting children to review, set up through the API while no worker runs (see above). */
export async function setUpWaitingChildren(client, tag, count, today, firstNumber = 1) {
  return inParallel(
    Array.from({ length: count }, (_, i) => firstNumber + i),
    6,
    async (n) => {
      let r = await register(client, registration(tag, n, { receivedOn: addDays(today, -110) }));
      r = await completeAccess(client, r, addDays(today, -100));
      r = await completeAssessment(client, r, addDays(today, -90));
      return r.id;
    },
  );
}

/** The review task of each referral, once the duty day has opened them all (or null at the deadline). */
export async function waitForReviewTasks(client, referralIds, timeoutMs) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const tasks = await reviewTasks(client);
    if (referralIds.every((id) => tasks.has(id))) return tasks;
    if (Date.now() > until) return null;
    await new Promise((r) => setTimeout(r, 500));
  }
}

export async function recordReview(client, task) {
  return expectStatus(await client.post(`/duty/tasks/${task.taskId}/review`, greenReview(task.version)), 201, 'POST /duty/tasks/{id}/review');
}
