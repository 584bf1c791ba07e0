import { CrisisClocks, DutyList, DutySchedule } from '@camhs/application';
import type { CrisisClockView, FieldError } from '@camhs/contracts';
import { fixedClock } from '@camhs/domain';
import { configureQueueBackend } from '@camhs/queues';
import { ApiClient, TEST_PASSWORD, createTestUser, itConfig, testActor } from '@camhs/server-testing';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApi } from '../create-api';
import { createDutyTeam, waitingChild } from './duty.int-fixtures';

const TEAM = 'crisisclock-team';

/**
 * Crisis clocks (issue 5) on a fixed clock: Cressida Crisiswell is referred to Crisis at 10:00 UTC on
 * 22 November 2026, so telephone contact is due by 12:00 the same day (+120 minutes) and assessment by
 * 10:00 on 23 November (+24 hours). Perpetua Facetoface was only offered a face-to-face appointment: no clock.
 */
describe('Crisis clocks: recorded, swept and shown at the top of the duty list', () => {
  let app: INestApplication;
  let db: DataSource;
  let duty: ApiClient;
  let outsider: ApiClient;
  let actor: Awaited<ReturnType<typeof testActor>>;
  let crisisEscalation: string;
  let faceToFaceEscalation: string;
  const at = (iso: string) => fixedClock(iso);
  const listAt = async (iso: string): Promise<string[]> => {
    const view = await new DutyList(db, at(iso)).forTeam(TEAM, actor);
    return (view.crisisClocks ?? []).map((c: CrisisClockView) => `${c.childName} ${c.clock} ${c.state} due ${c.dueAt} ${c.minutesLeft}m`);
  };
  const marked = async (): Promise<Record<string, string | null>> => {
    const rows: { clock: string; missed_at: Date | null }[] = await db.query(`SELECT clock, missed_at FROM crisis_clock WHERE escalation_id = $1`, [crisisEscalation]);
    return Object.fromEntries(rows.map((r) => [r.clock, r.missed_at?.toISOString() ?? null]));
  };
  /** The sweep covers every team (other specs share the database), so its effect is read off this child's clocks. */
  const sweepAt = (iso: string) => new CrisisClocks(db, at(iso)).sweep();
  const fields = async (res: Response) => ((await res.json()).errors as FieldError[]).map((e) => e.field);

  /** A duty review of the child recording one escalation at `when` (as the review endpoint stores them). */
  const escalate = async (referralId: string, childId: string, userId: string, action: string, when: string): Promise<string> => {
    const [appt] = await db.query(`INSERT INTO appointment (referral_id, date, kind, status) VALUES ($1, '2026-11-22', 'duty-review', 'attended') RETURNING id`, [referralId]);
    const [review] = await db.query(
      `INSERT INTO duty_review (referral_id, appointment_id, reviewed_on, contact_type, checklist, rating_after, recorded_by)
       VALUES ($1, $2, '2026-11-22', 'telephone', '{}', 'RED', $3) RETURNING id`,
      [referralId, appt.id, userId],
    );
    const [e] = await db.query(`INSERT INTO duty_escalation (review_id, referral_id, child_id, action, at, recorded_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [
      review.id,
      referralId,
      childId,
      action,
      when,
      userId,
    ]);
    return e.id;
  };

  beforeAll(async () => {
    const config = itConfig('postgres', 'crisisclocks', { SIGN_IN_RATE_PER_MINUTE: '1000' });
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    const base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    await createDutyTeam(db, TEAM);
    const userId = await createTestUser(db, 'crisisclock.duty', ['duty-clinician'], [TEAM]);
    await createTestUser(db, 'crisisclock.outsider', ['duty-clinician'], ['crisis']);
    actor = { ...(await testActor(db, ['duty-clinician'], [TEAM])), userId };
    [duty, outsider] = await Promise.all(['duty', 'outsider'].map((u) => ApiClient.signedIn(base, `crisisclock.${u}`, TEST_PASSWORD)));
    const schedule = app.get(DutySchedule);
    const cressida = await waitingChild(db, schedule, { team: TEAM, givenName: 'Cressida', familyName: 'Crisiswell', waitingSince: '2026-06-01', rag: 'RED', ragSetOn: '2026-11-22' });
    const perpetua = await waitingChild(db, schedule, { team: TEAM, givenName: 'Perpetua', familyName: 'Facetoface', waitingSince: '2026-06-01', rag: 'AMBER', ragSetOn: '2026-11-22' });
    crisisEscalation = await escalate(cressida.referralId, cressida.childId, userId, 'crisis-referral', '2026-11-22T10:00:00Z');
    faceToFaceEscalation = await escalate(perpetua.referralId, perpetua.childId, userId, 'face-to-face-offered', '2026-11-22T10:00:00Z');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('at 11:59 both clocks run: contact due 12:00 (1 minute left), assessment due 10:00 next day (22 h 1 min = 1321 minutes)', async () => {
    expect(await listAt('2026-11-22T11:59:00Z')).toEqual([
      'Cressida Crisiswell contact running due 2026-11-22T12:00:00.000Z 1m',
      'Cressida Crisiswell assessment running due 2026-11-23T10:00:00.000Z 1321m',
    ]);
    // The sweep at 11:59 marks nothing missed; a face-to-face offer opens no clock.
    await sweepAt('2026-11-22T11:59:00Z');
    expect(await marked()).toEqual({ contact: null, assessment: null });
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM crisis_clock WHERE escalation_id = $1`, [faceToFaceEscalation]);
    expect(n).toBe(0);
  });

  it('at exactly 12:00 the contact is still running (due by 12:00); at 12:01 it is missed, and the sweep marks it once (a later sweep keeps the first time)', async () => {
    expect((await listAt('2026-11-22T12:00:00Z'))[0]).toBe('Cressida Crisiswell contact running due 2026-11-22T12:00:00.000Z 0m');
    await sweepAt('2026-11-22T12:00:00Z');
    expect(await marked()).toEqual({ contact: null, assessment: null });
    expect(await listAt('2026-11-22T12:01:00Z')).toEqual([
      'Cressida Crisiswell contact missed due 2026-11-22T12:00:00.000Z -1m',
      'Cressida Crisiswell assessment running due 2026-11-23T10:00:00.000Z 1319m',
    ]);
    await sweepAt('2026-11-22T12:01:00Z');
    await sweepAt('2026-11-22T12:16:00Z');
    expect(await marked()).toEqual({ contact: '2026-11-22T12:01:00.000Z', assessment: null });
  });

  it('refuses a time in the future or before the referral, naming `at`', async () => {
    const clocks = new CrisisClocks(db, at('2026-11-22T12:30:00Z'));
    await expect(clocks.record(crisisEscalation, 'contact', { at: '2026-11-22T12:31:00Z' }, actor)).rejects.toMatchObject({ errors: [{ field: 'at' }] });
    await expect(clocks.record(crisisEscalation, 'contact', { at: '2026-11-22T09:59:00Z' }, actor)).rejects.toMatchObject({ errors: [{ field: 'at' }] });
  });

  it('contact made at 12:20 (recorded at 12:30) is missed, leaves the list, and cannot be recorded twice', async () => {
    const clocks = new CrisisClocks(db, at('2026-11-22T12:30:00Z'));
    expect(await clocks.record(crisisEscalation, 'contact', { at: '2026-11-22T12:20:00Z' }, actor)).toMatchObject({
      dueAt: '2026-11-22T12:00:00.000Z',
      doneAt: '2026-11-22T12:20:00.000Z',
      state: 'missed',
    });
    // 12:30 → 10:00 next day: 21 h 30 min = 1290 minutes.
    expect(await listAt('2026-11-22T12:30:00Z')).toEqual(['Cressida Crisiswell assessment running due 2026-11-23T10:00:00.000Z 1290m']);
    await expect(clocks.record(crisisEscalation, 'contact', { at: '2026-11-22T12:25:00Z' }, actor)).rejects.toThrow(/already recorded at 2026-11-22T12:20:00.000Z/);
    expect(await marked()).toEqual({ contact: '2026-11-22T12:01:00.000Z', assessment: null });
  });

  it('over HTTP: 400 naming `at`, 404 for another team or an escalation that is not to Crisis, 409 once recorded', async () => {
    expect(await fields(await duty.post(`/duty/crisis-clocks/${crisisEscalation}/assessment`, { at: 'soon' }))).toEqual(['at']);
    expect(await fields(await duty.post(`/duty/crisis-clocks/${crisisEscalation}/assessment`, { at: '2099-01-01T00:00:00Z' }))).toEqual(['at']);
    expect((await outsider.post(`/duty/crisis-clocks/${crisisEscalation}/assessment`, { at: '2026-11-22T11:00:00Z' })).status).toBe(404);
    expect((await duty.post(`/duty/crisis-clocks/${faceToFaceEscalation}/contact`, { at: '2026-11-22T11:00:00Z' })).status).toBe(404);
    const conflict = await duty.post(`/duty/crisis-clocks/${crisisEscalation}/contact`, { at: '2026-11-22T11:00:00Z' });
    expect(conflict.status).toBe(409);
  });

  it('assessment at 09:00 next day is met (due 10:00); the list has no Crisis clock left and the sweep marks nothing more', async () => {
    const clocks = new CrisisClocks(db, at('2026-11-23T09:05:00Z'));
    expect(await clocks.record(crisisEscalation, 'assessment', { at: '2026-11-23T09:00:00Z' }, actor)).toMatchObject({
      referredAt: '2026-11-22T10:00:00.000Z',
      dueAt: '2026-11-23T10:00:00.000Z',
      state: 'met',
    });
    expect(await listAt('2026-11-23T10:01:00Z')).toEqual([]);
    await sweepAt('2026-11-23T10:01:00Z');
    expect(await marked()).toEqual({ contact: '2026-11-22T12:01:00.000Z', assessment: null });
  });
});
