import { DEFAULT_SERVICE_CONTACT, GenerateLetters, ReferralQueries, RegisterReferral, renderLetter } from '@camhs/application';
import { createDataSource } from '@camhs/persistence';
import { configureQueueBackend } from '@camhs/queues';
import { WorkerProcess, availableBackends, itConfig, itEnv, startWorkerProcess, testActor, waitUntil } from '@camhs/server-testing';
import { fixedClock } from '@camhs/domain';
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { DataSource } from 'typeorm';

/** The words of a PDF from this renderer: each `[...] TJ` is a line of hex glyph strings (standard fonts, WinAnsi). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const [, body] of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(body, 'latin1')).toString('latin1');
    } catch {
      continue; // not a deflated stream (e.g. the XMP metadata)
    }
    for (const [, array] of content.matchAll(/\[(.*?)\] TJ/g)) {
      lines.push([...array.matchAll(/<([0-9a-f]*)>/g)].map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1')).join(''));
    }
  }
  return lines.join(' ').replace(/\s+/g, ' ');
}

const child = { area: 'leicester', team: 'generic-outpatient', dateOfBirth: '2013-06-09', receivedOn: '2026-11-02' };

describe('letter generation (queued letters become stored PDFs, exactly once)', () => {
  let app: DataSource; // as the runtime role, like the worker
  let owner: DataSource;
  let register: RegisterReferral;
  let generate: GenerateLetters;

  const newReferral = async (familyName: string, extra: Record<string, unknown> = {}) => {
    const actor = await testActor(app, ['duty-clinician'], ['generic-outpatient']);
    const r = await register.execute(
      { givenName: 'Wrenna', familyName, nhsNumber: null, referrerType: 'school', urgency: 'routine', ...child, ...extra },
      actor,
    );
    return r.id;
  };
  const queue = async (referralId: string, kind: string, recipients = ['referrer', 'gp', 'family']): Promise<string[]> =>
    (
      await app.query(`INSERT INTO letter (referral_id, kind, recipient) SELECT $1, $2, unnest($3::text[]) RETURNING id`, [referralId, kind, recipients])
    ).map((r: { id: string }) => r.id);
  const documents = async (ids: string[]) =>
    (await app.query(
      `SELECT l.id, l.kind, l.recipient, l.status, l.generated_at, d.pdf, d.sha256, d.created_at
         FROM letter l LEFT JOIN letter_document d ON d.letter_id = l.id WHERE l.id = ANY($1::uuid[]) ORDER BY l.kind, l.recipient`,
      [ids],
    )) as { id: string; kind: string; recipient: string; status: string; generated_at: Date | null; pdf: Buffer | null; sha256: string | null; created_at: Date | null }[];
  const queuedCount = async () => (await app.query(`SELECT count(*)::int AS n FROM letter WHERE status = 'queued'`))[0].n as number;

  beforeAll(async () => {
    const env = itEnv('postgres', 'letters');
    app = createDataSource(env.DATABASE_URL, { poolSize: 6, asRuntimeRole: true });
    owner = createDataSource(env.DATABASE_URL, { poolSize: 1 });
    await Promise.all([app.initialize(), owner.initialize()]);
    register = new RegisterReferral(app, new ReferralQueries(app), fixedClock('2026-11-22T09:00:00Z'));
    generate = new GenerateLetters(app, DEFAULT_SERVICE_CONTACT);
  });

  afterAll(async () => {
    await app?.destroy();
    await owner?.destroy();
  });

  it('renders every kind for every recipient, from the records, and a second run creates nothing more', async () => {
    // A routine school referral acknowledged, then redirected at access.
    const redirected = await newReferral('Letterby-Quince', { nhsNumber: '738 201 9454' });
    await app.query(
      `UPDATE referral SET stage = 'redirected', access_completed_on = '2026-11-20', access_outcome = 'redirected', access_note = 'Early Help hub' WHERE id = $1`,
      [redirected],
    );
    // An urgent GP referral accepted at access, onto two lists at assessment, then discharged.
    const treated = await newReferral('Letterby-Marshcombe', { referrerType: 'gp', urgency: 'urgent' });
    await app.query(
      `UPDATE referral SET stage = 'discharged', access_completed_on = '2026-11-10', access_outcome = 'accepted',
              assessment_completed_on = '2026-12-01', assessment_outcome = 'accepted', discharged_on = '2027-01-15', discharge_reason = 'Moved out of area'
        WHERE id = $1`,
      [treated],
    );
    await app.query(
      `INSERT INTO wait (referral_id, list_id, added_on, removed_on) SELECT $1, id, '2026-12-01', '2027-01-15' FROM waiting_list WHERE name IN ('ADOS', 'Treatment')`,
      [treated],
    );
    const ids = [
      ...(await queue(redirected, 'acknowledgement')),
      ...(await queue(redirected, 'access-outcome')),
      ...(await queue(treated, 'assessment-outcome')),
      ...(await queue(treated, 'discharge')),
    ];

    const queuedBefore = await queuedCount();
    const first = await generate.run();
    expect(first).toEqual({ generated: queuedBefore, failed: [] });
    expect(await queuedCount()).toBe(0);

    const stored = await documents(ids);
    expect(stored.map((d) => `${d.kind}/${d.recipient}/${d.status}`)).toEqual([
      'access-outcome/family/generated',
      'access-outcome/gp/generated',
      'access-outcome/referrer/generated',
      'acknowledgement/family/generated',
      'acknowledgement/gp/generated',
      'acknowledgement/referrer/generated',
      'assessment-outcome/family/generated',
      'assessment-outcome/gp/generated',
      'assessment-outcome/referrer/generated',
      'discharge/family/generated',
      'discharge/gp/generated',
      'discharge/referrer/generated',
    ]);
    for (const d of stored) {
      if (!d.pdf) throw new Error(`letter ${d.kind}/${d.recipient} has no document`);
      expect(d.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(d.sha256).toBe(createHash('sha256').update(d.pdf).digest('hex'));
      expect(d.generated_at).not.toBeNull();
    }

    const text = (kind: string, recipient: string) => {
      const d = stored.find((s) => s.kind === kind && s.recipient === recipient);
      if (!d?.pdf) throw new Error(`no ${kind} letter to ${recipient}`);
      return pdfText(d.pdf);
    };
    // The child named for professionals (no NHS number recorded for the second child), not by NHS number for the family.
    expect(text('acknowledgement', 'gp')).toContain('Re: Wrenna Letterby-Quince, born 9 June 2013, NHS number 738 201 9454');
    expect(text('acknowledgement', 'family')).toContain('We have received a referral for Wrenna');
    expect(text('acknowledgement', 'family')).not.toContain('738 201 9454');
    // Received 2 Nov 2026, routine: first contact by 2 Nov + 91 days = 1 Feb 2027.
    expect(text('acknowledgement', 'referrer')).toContain('that is by 1 February 2027');
    expect(text('access-outcome', 'referrer')).toContain('passed on to: Early Help hub.');
    expect(text('assessment-outcome', 'gp')).toContain('Re: Wrenna Letterby-Marshcombe, born 9 June 2013, NHS number not known');
    expect(text('assessment-outcome', 'family')).toContain('Wrenna is now waiting for: ADOS Treatment');
    expect(text('discharge', 'referrer')).toContain('Wrenna was discharged from the service on 15 January 2027. Reason: Moved out of area.');

    // Rendering again from the same records gives the very same bytes.
    for (const d of stored) expect((await renderLetter(app, d.id, DEFAULT_SERVICE_CONTACT))?.pdf.equals(d.pdf as Buffer)).toBe(true);

    const second = await generate.run();
    expect(second).toEqual({ generated: 0, failed: [] });
    const again = await documents(ids);
    expect(again.map((d) => [d.id, d.sha256, d.created_at?.toISOString()])).toEqual(stored.map((d) => [d.id, d.sha256, d.created_at?.toISOString()]));
  });

  it('skips a letter another worker holds; if that worker dies, the next run generates it, once', async () => {
    const [held] = await queue(await newReferral('Letterby-Holdsworthy'), 'acknowledgement', ['family']);
    // A worker mid-generation: its transaction holds the letter's row lock.
    const other = owner.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    await other.query(`SELECT id FROM letter WHERE id = $1 FOR UPDATE`, [held]);

    expect(await generate.run()).toEqual({ generated: 0, failed: [] });
    expect((await documents([held]))[0]).toMatchObject({ status: 'queued', pdf: null });

    await other.rollbackTransaction(); // the worker was killed: its transaction never commits
    await other.release();
    expect(await generate.run()).toEqual({ generated: 1, failed: [] });
    expect((await documents([held]))[0]).toMatchObject({ status: 'generated' });
  });

  it('shares the work between runs that overlap, and never makes two documents for one letter', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(...(await queue(await newReferral(`Letterby-Crowdleigh${i}`), 'acknowledgement')));
    const runs = await Promise.all([1, 2, 3].map(() => new GenerateLetters(app, DEFAULT_SERVICE_CONTACT).run()));
    expect(runs.reduce((n, r) => n + r.generated, 0)).toBe(12);
    const [{ n }] = await app.query(`SELECT count(*)::int AS n FROM letter_document WHERE letter_id = ANY($1::uuid[])`, [ids]);
    expect(n).toBe(12);
  });

  it('goes on past a letter it cannot write, fails the run naming it, and leaves that letter queued', async () => {
    const referral = await newReferral('Letterby-Gapwellby');
    const [ack] = await queue(referral, 'acknowledgement', ['gp']);
    const [noOutcome] = await queue(referral, 'access-outcome', ['gp']); // access not completed: nothing to tell
    try {
      await expect(generate.run()).rejects.toThrow(`1 letter(s) could not be generated (${noOutcome}); 1 generated`);
      expect((await documents([ack, noOutcome])).map((d) => [d.kind, d.status])).toEqual([
        ['access-outcome', 'queued'],
        ['acknowledgement', 'generated'],
      ]);
    } finally {
      await app.query(`DELETE FROM letter WHERE id = $1`, [noOutcome]); // would fail every later run of this test database
    }
  });

  it('keeps a generated document as it is, and only the four kinds of letter', async () => {
    const [{ letter_id: id }] = await app.query(`SELECT letter_id FROM letter_document LIMIT 1`);
    await expect(app.query(`UPDATE letter_document SET sha256 = 'changed' WHERE letter_id = $1`, [id])).rejects.toThrow(/permission denied/);
    await expect(app.query(`DELETE FROM letter_document WHERE letter_id = $1`, [id])).rejects.toThrow(/permission denied/);
    // Even the owner, who may bypass grants, is stopped by the trigger.
    await expect(owner.query(`UPDATE letter_document SET sha256 = 'changed' WHERE letter_id = $1`, [id])).rejects.toThrow(/letter_document is append-only: UPDATE/);
    const referral = await newReferral('Letterby-Quenchmoor');
    await expect(queue(referral, 'reminder', ['gp'])).rejects.toThrow(/letter_kind_known/);
    await expect(app.query(`INSERT INTO letter (referral_id, kind, recipient, status) VALUES ($1, 'discharge', 'gp', 'generated')`, [referral])).rejects.toThrow(
      /letter_generated_with_date/,
    );
  });
});

describe.each(availableBackends())('letters in the running worker (queue on %s)', (backend) => {
  let ds: DataSource;
  let register: RegisterReferral;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    configureQueueBackend(itConfig(backend, 'letterworker'));
    ds = createDataSource(itEnv(backend, 'letterworker').DATABASE_URL, { poolSize: 2, asRuntimeRole: true });
    await ds.initialize();
    register = new RegisterReferral(ds, new ReferralQueries(ds), fixedClock('2026-11-22T09:00:00Z'));
  });

  afterAll(async () => {
    await worker?.kill9().catch(() => undefined);
    await ds?.destroy();
  });

  it('acknowledges a referral and, from its scheduler, turns the three queued letters into stored PDFs', async () => {
    const actor = await testActor(ds, ['duty-clinician'], ['generic-outpatient']);
    const { id } = await register.execute(
      { givenName: 'Wrenna', familyName: backend === 'redis' ? 'Letterby-Quillwren' : 'Letterby-Thistlewren', dateOfBirth: '2013-06-09', area: 'rutland', team: 'generic-outpatient', referrerType: 'parent', urgency: 'urgent', receivedOn: '2026-11-20' },
      actor,
    );
    worker = await startWorkerProcess(itEnv(backend, 'letterworker'));
    const letters = await waitUntil(async () => {
      const rows: { recipient: string; status: string; head: string }[] = await ds.query(
        `SELECT l.recipient, l.status, convert_from(substring(d.pdf FROM 1 FOR 5), 'LATIN1') AS head
           FROM letter l LEFT JOIN letter_document d ON d.letter_id = l.id WHERE l.referral_id = $1 ORDER BY l.recipient`,
        [id],
      );
      return rows.length === 3 && rows.every((r) => r.status === 'generated') ? rows : null;
    }, 'the acknowledgement letters to be generated', 45_000);
    await worker.stop();
    expect(letters).toEqual([
      { recipient: 'family', status: 'generated', head: '%PDF-' },
      { recipient: 'gp', status: 'generated', head: '%PDF-' },
      { recipient: 'referrer', status: 'generated', head: '%PDF-' },
    ]);
  });
});
