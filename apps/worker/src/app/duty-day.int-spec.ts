import { DEFAULT_SERVICE_CONTACT, DutySchedule, loadLetterData } from '@camhs/application';
import { fixedClock, planDuty, systemClock } from '@camhs/domain';
import { createDataSource } from '@camhs/persistence';
import { JOBS, QUEUE, configureQueueBackend, queueConnection } from '@camhs/queues';
import { WorkerProcess, availableBackends, itConfig, itEnv, startWorkerProcess, waitUntil } from '@camhs/server-testing';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

interface Referral {
  rag?: 'RED' | 'AMBER' | 'GREEN';
  ragSetOn?: string;
  redIntervalDays?: number;
  /** Added on; `ended` waits have started treatment. */
  wait?: { addedOn: string; ended?: boolean };
  reviews?: string[];
}

/** A child with one or more referrals, written straight to the tables (as an import would). */
async function makeChild(ds: DataSource, familyName: string, referrals: Referral[]): Promise<string> {
  const [child] = await ds.query(`INSERT INTO child (given_name, family_name, date_of_birth) VALUES ('Dutyella', $1, '2012-02-03') RETURNING id`, [familyName]);
  for (const r of referrals) {
    const [ref] = await ds.query(
      `INSERT INTO referral (child_id, area_id, team_id, referrer_type, urgency, received_on, stage, access_completed_on, access_outcome,
                             assessment_completed_on, assessment_outcome, rag, rag_set_on, red_interval_days)
       SELECT $1, a.id, t.id, 'gp', 'routine', '2025-12-01', 'accepted', '2025-12-10', 'accepted', '2025-12-20', 'accepted', $2, $3, $4
         FROM area a, team t WHERE a.code = 'leicestershire' AND t.code = 'generic-outpatient' RETURNING id`,
      [child.id, r.rag ?? null, r.ragSetOn ?? null, r.redIntervalDays ?? null],
    );
    if (r.wait) {
      await ds.query(`INSERT INTO wait (referral_id, list_id, added_on, started_on) SELECT $1, id, $2, $3 FROM waiting_list WHERE name = 'Neurodevelopmental'`, [
        ref.id,
        r.wait.addedOn,
        r.wait.ended ? r.wait.addedOn : null,
      ]);
    }
    for (const day of r.reviews ?? []) {
      await ds.query(`INSERT INTO appointment (referral_id, date, kind, status) VALUES ($1, $2, 'duty-review', 'attended')`, [ref.id, day]);
    }
  }
  return child.id;
}

describe('the duty day (fixed clock 2026-11-22, a hand-built caseload)', () => {
  let ds: DataSource;
  const kids: Record<string, string> = {};
  const schedule = () => new DutySchedule(ds, fixedClock('2026-11-22T06:30:00Z'));
  const scheduled = async () => {
    const rows: { child_id: string; rating: string | null; next_review_on: string; next_letter_on: string | null }[] = await ds.query(
      `SELECT child_id, rating, to_char(next_review_on, 'YYYY-MM-DD') AS next_review_on, to_char(next_letter_on, 'YYYY-MM-DD') AS next_letter_on
         FROM duty_schedule WHERE child_id = ANY($1::uuid[])`,
      [Object.values(kids)],
    );
    const byId = new Map(rows.map((r) => [r.child_id, `${r.rating ?? 'unrated'} review ${r.next_review_on} letter ${r.next_letter_on ?? '-'}`]));
    return Object.fromEntries(Object.entries(kids).map(([k, id]) => [k, byId.get(id) ?? 'not scheduled']));
  };
  const openTasks = async () => {
    const rows: { child_id: string; due_on: string }[] = await ds.query(
      `SELECT child_id, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM duty_task WHERE completed_at IS NULL AND child_id = ANY($1::uuid[])`,
      [Object.values(kids)],
    );
    const byId = new Map(rows.map((r) => [r.child_id, r.due_on]));
    return Object.fromEntries(Object.entries(kids).filter(([, id]) => byId.has(id)).map(([k, id]) => [k, byId.get(id)]));
  };

  beforeAll(async () => {
    ds = createDataSource(itEnv('postgres', 'duty').DATABASE_URL, { poolSize: 3 });
    await ds.initialize();
    // Expected dates worked out by hand (month lengths counted out):
    kids['green'] = await makeChild(ds, 'Greenhalgh', [{ rag: 'GREEN', ragSetOn: '2026-05-01', wait: { addedOn: '2026-04-01' } }]); // +182 → 10-30; letter +91 → 07-31
    kids['amber'] = await makeChild(ds, 'Amberley', [{ rag: 'AMBER', ragSetOn: '2026-09-01', wait: { addedOn: '2026-08-01' }, reviews: ['2026-10-01'] }]); // 10-01 + 91 → 12-31
    kids['redWeekly'] = await makeChild(ds, 'Redfern', [{ rag: 'RED', ragSetOn: '2026-11-01', redIntervalDays: 7, wait: { addedOn: '2026-06-01' } }]); // → 11-08
    kids['unrated'] = await makeChild(ds, 'Norating', [{ wait: { addedOn: '2026-11-10' } }]); // due from the day it started waiting
    kids['redRecent'] = await makeChild(ds, 'Redmayne', [{ rag: 'RED', ragSetOn: '2026-11-15', wait: { addedOn: '2026-06-01' } }]); // 14 days → 11-29
    kids['treated'] = await makeChild(ds, 'Treatwell', [{ rag: 'GREEN', ragSetOn: '2026-01-01', wait: { addedOn: '2026-01-01', ended: true } }]); // not waiting
    // Two referrals: the later rating (AMBER, 08-01) is in force → 08-01 + 91 = 10-31.
    kids['twoReferrals'] = await makeChild(ds, 'Twofold', [
      { rag: 'GREEN', ragSetOn: '2026-01-01', wait: { addedOn: '2026-01-01', ended: true } },
      { rag: 'AMBER', ragSetOn: '2026-08-01', wait: { addedOn: '2026-07-01' } },
    ]);
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  it('plans every waiting child (as the domain does) and opens one task per child due or overdue; a second run changes nothing', async () => {
    const first = await schedule().runDay();
    expect(first.day).toBe('2026-11-22');
    expect(await scheduled()).toEqual({
      green: 'GREEN review 2026-10-30 letter 2026-07-31',
      amber: 'AMBER review 2026-12-31 letter 2026-12-31',
      redWeekly: 'RED review 2026-11-08 letter -',
      unrated: 'unrated review 2026-11-10 letter -',
      redRecent: 'RED review 2026-11-29 letter -',
      treated: 'not scheduled',
      twoReferrals: 'AMBER review 2026-10-31 letter 2026-10-31',
    });
    // The SQL and the domain agree where both apply.
    expect(planDuty({ rating: 'GREEN', ratedOn: '2026-05-01' }).nextReviewOn).toBe('2026-10-30');
    expect(planDuty({ rating: 'AMBER', ratedOn: '2026-09-01', lastReviewOn: '2026-10-01' }).nextReviewOn).toBe('2026-12-31');
    expect(planDuty({ rating: 'RED', ratedOn: '2026-11-01', redIntervalDays: 7 }).nextReviewOn).toBe('2026-11-08');

    const tasks = { green: '2026-10-30', redWeekly: '2026-11-08', unrated: '2026-11-10', twoReferrals: '2026-10-31' };
    expect(await openTasks()).toEqual(tasks);

    const second = await schedule().runDay();
    expect(await openTasks()).toEqual(tasks);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM duty_task WHERE child_id = ANY($1::uuid[])`, [Object.values(kids)]);
    expect(n).toBe(4);
    expect(second.tasksCreated).toBe(0);
  });

  it('a review re-plans one full interval from its day; the next run opens nothing for that child', async () => {
    const [ref] = await ds.query(`SELECT referral_id FROM duty_schedule WHERE child_id = $1`, [kids['green']]);
    await ds.query(`INSERT INTO appointment (referral_id, date, kind, status) VALUES ($1, '2026-11-22', 'duty-review', 'attended')`, [ref.referral_id]);
    await ds.query(`UPDATE duty_task SET completed_at = now() WHERE child_id = $1 AND completed_at IS NULL`, [kids['green']]);
    await schedule().replan(kids['green']);
    // 11-22 + 182: 8 days to 11-30, 31 (12-31) → 39, 31 → 70 (01-31), 28 → 98 (02-28), 31 → 129, 30 → 159 (04-30), 23 → 182.
    expect((await scheduled())['green']).toBe('GREEN review 2027-05-23 letter 2026-07-31');
    await schedule().runDay();
    expect((await openTasks())['green']).toBeUndefined();
  });

  it('the day’s waiting-list letters: GREEN every 91 days from the last, AMBER once (the opt-in letter); a second run adds none', async () => {
    const letters = async () => {
      const rows: { child_id: string; due_on: string; recipient: string }[] = await ds.query(
        `SELECT r.child_id, to_char(l.due_on, 'YYYY-MM-DD') AS due_on, l.recipient FROM letter l JOIN referral r ON r.id = l.referral_id
          WHERE l.kind = 'waiting-list' AND r.child_id = ANY($1::uuid[]) ORDER BY l.due_on`,
        [Object.values(kids)],
      );
      return Object.entries(kids)
        .map(([k, id]) => [k, rows.filter((r) => r.child_id === id).map((r) => `${r.due_on} to ${r.recipient}`)] as const)
        .filter(([, l]) => l.length > 0);
    };
    // On 11-22: green's letter was due 07-31 (overdue: it goes today, once), twoReferrals' AMBER review (and
    // with it the opt-in letter) was due 10-31; amber's falls on 12-31, so not yet. (The database is shared
    // with the other suites, so counts are of this caseload's letters.)
    expect((await schedule().issueWaitingListLetters()).day).toBe('2026-11-22');
    expect(Object.fromEntries(await letters())).toEqual({ green: ['2026-11-22 to family'], twoReferrals: ['2026-11-22 to family'] });
    // The schedule moves on: GREEN 11-22 + 91 (8 → 11-30, 31 → 12-31, 31 → 01-31, 21) = 2027-02-21; AMBER none, the opt-in letter has gone.
    expect(await scheduled()).toMatchObject({ green: 'GREEN review 2027-05-23 letter 2027-02-21', twoReferrals: 'AMBER review 2026-10-31 letter -', amber: 'AMBER review 2026-12-31 letter 2026-12-31' });
    expect(await schedule().issueWaitingListLetters()).toEqual({ day: '2026-11-22', lettersCreated: 0 });
    expect(planDuty({ rating: 'GREEN', ratedOn: '2026-05-01', lastReviewOn: '2026-11-22', lastWaitingListLetterOn: '2026-11-22' }).nextLetterOn).toBe('2027-02-21');

    // The letter names what the child waits for, and since when (the wait open on its day).
    const [letter] = await ds.query(`SELECT l.id FROM letter l JOIN referral r ON r.id = l.referral_id WHERE r.child_id = $1 AND l.kind = 'waiting-list'`, [kids['green']]);
    const loaded = await loadLetterData(ds, letter.id, DEFAULT_SERVICE_CONTACT);
    expect(loaded?.data.subject).toEqual({ kind: 'waiting-list', dueOn: '2026-11-22', lists: [{ name: 'Neurodevelopmental', since: '2026-04-01' }] });

    // 91 days on: green's second letter; amber's review went by unrecorded, so its opt-in letter goes too; twoReferrals has had its one.
    const later = new DutySchedule(ds, fixedClock('2027-02-21T06:45:00Z'));
    expect((await later.issueWaitingListLetters()).day).toBe('2027-02-21');
    expect(Object.fromEntries(await letters())).toEqual({
      green: ['2026-11-22 to family', '2027-02-21 to family'],
      amber: ['2027-02-21 to family'],
      twoReferrals: ['2026-11-22 to family'],
    });
    expect(await later.issueWaitingListLetters()).toEqual({ day: '2027-02-21', lettersCreated: 0 });
  });
});

describe.each(availableBackends())('the duty day through the worker (queue on %s)', (backend) => {
  const env = itEnv(backend, 'dutyday');
  let ds: DataSource;
  const running: WorkerProcess[] = [];

  beforeAll(async () => {
    configureQueueBackend(itConfig(backend, 'dutyday'));
    ds = createDataSource(env.DATABASE_URL, { poolSize: 2 });
    await ds.initialize();
  });
  afterEach(async () => {
    for (const w of running.splice(0)) await w.kill9().catch(() => undefined);
  });
  afterAll(async () => {
    await ds?.destroy();
  });

  const tasksFor = async (ids: string[]) =>
    (await ds.query(`SELECT child_id, count(*)::int AS n FROM duty_task WHERE child_id = ANY($1::uuid[]) GROUP BY child_id`, [ids])) as { child_id: string; n: number }[];
  // Unrated children waiting since long ago are due now whatever the machine's date.
  const dueChildren = async (n: number, name: string) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push(await makeChild(ds, `${name}${i}`, [{ wait: { addedOn: '2025-12-20' } }]));
    return ids;
  };

  it('kill -9 mid-run, then a flushed queue: every due child ends with exactly one task', async () => {
    const first = await dueChildren(60, 'Killcroft');
    // Kill the worker at several points of its start-up run; the run is one transaction, so a kill leaves all or nothing.
    for (const delay of [300, 900, 1500]) {
      const w = await startWorkerProcess(env);
      running.push(w);
      await new Promise((r) => setTimeout(r, delay));
      await w.kill9();
      running.splice(running.indexOf(w), 1);
    }
    const w = await startWorkerProcess(env);
    running.push(w);
    await waitUntil(async () => (await tasksFor(first)).length === first.length, 'a task for every due child', 150_000);
    expect((await tasksFor(first)).every((t) => t.n === 1)).toBe(true);

    // Lose everything the queue knew (as a Redis flush would), add newly due children, restart: the schedule
    // comes back from PostgreSQL, the new children get their task, nobody gets a second one.
    await w.stop();
    running.splice(running.indexOf(w), 1);
    const queue = new Queue(QUEUE.duty, queueConnection(itConfig(backend, 'dutyday')));
    await queue.obliterate({ force: true });
    await queue.close();
    const later = await dueChildren(5, 'Flushwood');
    const again = await startWorkerProcess(env);
    running.push(again);
    await waitUntil(async () => (await tasksFor(later)).length === later.length, 'tasks for the children due after the flush', 60_000);
    const all = await tasksFor([...first, ...later]);
    expect(all).toHaveLength(65);
    expect(all.every((t) => t.n === 1)).toBe(true);
  }, 300_000);

  it('the letters queue issues a GREEN child’s overdue waiting-list letter at start-up and the generator makes its PDF; restarts add no second letter', async () => {
    // Rated GREEN long ago, so a letter is due whatever the machine's date; planned as a rating change would plan it.
    const id = await makeChild(ds, 'Lettermoor', [{ rag: 'GREEN', ragSetOn: '2026-01-01', wait: { addedOn: '2025-12-20' } }]);
    await new DutySchedule(ds, systemClock).replan(id);
    const letters = async () =>
      (await ds.query(
        `SELECT l.status, (l.due_on = (now() AT TIME ZONE 'Europe/London')::date) AS today FROM letter l JOIN referral r ON r.id = l.referral_id
          WHERE r.child_id = $1 AND l.kind = 'waiting-list'`,
        [id],
      )) as { status: string; today: boolean }[];
    const queue = new Queue(QUEUE.letters, queueConnection(itConfig(backend, 'dutyday')));
    const runsDone = async () => (await queue.getJobs(['completed'])).filter((j) => j.name === JOBS.issueWaitingListLetters.name).length;
    try {
      const before = await runsDone();
      for (let start = 1; start <= 2; start++) {
        const w = await startWorkerProcess(env);
        running.push(w);
        // Each start-up runs the day's letters once more (its own job id); the second finds nothing due.
        await waitUntil(async () => (await runsDone()) >= before + start, `start-up run ${start} of the day's letters`, 60_000);
        await waitUntil(async () => (await letters()).some((l) => l.status === 'generated'), 'the waiting-list letter generated', 60_000);
        await w.stop();
        running.splice(running.indexOf(w), 1);
      }
    } finally {
      await queue.close();
    }
    expect(await letters()).toEqual([{ status: 'generated', today: true }]);
  }, 180_000);
});
