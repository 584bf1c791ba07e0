import { DutySchedule } from '@camhs/application';
import type { CaseloadItem, DutyListRow, DutyListView, DutyTaskView } from '@camhs/contracts';
import { addDays, byRiskThenLateness, systemClock, today } from '@camhs/domain';
import { configureQueueBackend } from '@camhs/queues';
import { ApiClient, TEST_PASSWORD, createTestUser, itConfig } from '@camhs/server-testing';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApi } from '../create-api';
import { TestReferral, createDutyTeam, newReferral, waitingChild } from './duty.int-fixtures';

const TEAM = 'dutylist-team';

/**
 * The daily duty list over HTTP, on the real clock: the children are rated a hand-picked number of
 * days before today, so each one's due date and lateness is known by hand (AMBER every 91 days,
 * GREEN 182, RED 14; an unrated child is due from the day it started waiting).
 */
describe('the daily duty list (GET /api/duty/today)', () => {
  let app: INestApplication;
  let db: DataSource;
  let alpha: ApiClient;
  let bravo: ApiClient;
  let lead: ApiClient;
  let manager: ApiClient;
  let outsider: ApiClient;
  let base: string;
  const day = today(systemClock);
  const ago = (days: number) => addDays(day, -days);
  const kids: Record<string, TestReferral> = {};

  const list = async (as: ApiClient, query = `team=${TEAM}`): Promise<DutyListView> => {
    const res = await as.get(`/duty/today?${query}`);
    expect(res.status).toBe(200);
    return res.json();
  };
  const named = (rows: DutyListRow[]) => rows.map((r) => `${r.childName} ${r.rating ?? 'unrated'} ${r.dueOn === day ? 'today' : r.dueOn} +${r.daysOverdue}`);
  const reviewTask = async (key: string): Promise<string> => {
    const view = await list(alpha);
    const row = [...view.sections.reviewsDueToday, ...view.sections.overdue].find((r) => r.referralId === kids[key].referralId);
    if (!row?.taskId) throw new Error(`no review task listed for ${key}`);
    return row.taskId;
  };

  beforeAll(async () => {
    const config = itConfig('postgres', 'dutylist', { SIGN_IN_RATE_PER_MINUTE: '1000' });
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    const schedule = app.get(DutySchedule);
    await createDutyTeam(db, TEAM);
    await createTestUser(db, 'dutylist.alpha', ['duty-clinician'], [TEAM]);
    await createTestUser(db, 'dutylist.bravo', ['duty-clinician'], [TEAM]);
    const lpId = await createTestUser(db, 'dutylist.lead', ['lead-professional'], [TEAM]);
    await createTestUser(db, 'dutylist.manager', ['manager'], ['generic-outpatient']); // areas: Leicester, Leicestershire, Rutland
    await createTestUser(db, 'dutylist.outsider', ['duty-clinician'], ['crisis']);
    [alpha, bravo, lead, manager, outsider] = await Promise.all(
      ['alpha', 'bravo', 'lead', 'manager', 'outsider'].map((u) => ApiClient.signedIn(base, `dutylist.${u}`, TEST_PASSWORD)),
    );
    const lp = { id: lpId, name: 'dutylist.lead' };
    const child = (key: string, givenName: string, familyName: string, extra: Partial<Parameters<typeof waitingChild>[2]>) =>
      waitingChild(db, schedule, { team: TEAM, givenName, familyName, waitingSince: ago(400), ...extra }).then((k) => (kids[key] = k));
    // Due today: RED rated 14 days ago (no LP), AMBER 91, GREEN 182, unrated waiting since today.
    await child('redToday', 'Ravenna', 'Redwhistle', { rag: 'RED', ragSetOn: ago(14) });
    await child('amberToday', 'Ambrosine', 'Ambleworth', { rag: 'AMBER', ragSetOn: ago(91) });
    await child('greenToday', 'Gwendolyn', 'Greengage', { rag: 'GREEN', ragSetOn: ago(182) });
    await child('unratedToday', 'Ulrika', 'Unratedine', { waitingSince: day });
    // Overdue: RED (LP named) 16 days ago → 2 late; AMBER 101 → 10 and 94 → 3; GREEN 192 → 10; unrated since 40 days ago → 40.
    await child('redLate', 'Rosamund', 'Redlake', { rag: 'RED', ragSetOn: ago(16), leadProfessional: lp });
    await child('amberLate10', 'Amaryllis', 'Amberfold', { rag: 'AMBER', ragSetOn: ago(101) });
    await child('amberLate3', 'Amadeus', 'Ambercrest', { rag: 'AMBER', ragSetOn: ago(94), leadProfessional: lp });
    await child('greenLate', 'Griselda', 'Greenmantle', { rag: 'GREEN', ragSetOn: ago(192) });
    await child('unratedLate', 'Ottoline', 'Overbrook', { waitingSince: ago(40) });
    // Not on the list: due tomorrow; no longer waiting.
    await child('amberTomorrow', 'Mirabel', 'Futurewell', { rag: 'AMBER', ragSetOn: ago(90) });
    await child('treated', 'Tiberius', 'Treatwell', { rag: 'GREEN', ragSetOn: ago(300), waitingSince: ago(300), treated: true });
    // New referrals at access, received 2 days ago and today.
    kids['newer'] = await newReferral(db, { team: TEAM, givenName: 'Kestrel', familyName: 'Newcombe', receivedOn: day });
    kids['older'] = await newReferral(db, { team: TEAM, givenName: 'Juniper', familyName: 'Newlyn', receivedOn: ago(2) });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists every section by risk then lateness, with the counts at the top', async () => {
    const view = await list(alpha);
    expect(view).toMatchObject({ team: TEAM, today: day, limit: 200 });
    expect(view.counts).toEqual({ reviewsDueToday: 4, overdue: 5, newReferralsToScreen: 2, redWithoutLeadProfessional: 1, safeguardingDecisions: 0, callsAndLetters: 0 });
    expect(named(view.sections.reviewsDueToday)).toEqual([
      'Ravenna Redwhistle RED today +0',
      'Ambrosine Ambleworth AMBER today +0',
      'Gwendolyn Greengage GREEN today +0',
      'Ulrika Unratedine unrated today +0',
    ]);
    expect(named(view.sections.overdue)).toEqual([
      `Rosamund Redlake RED ${ago(2)} +2`,
      `Amaryllis Amberfold AMBER ${ago(10)} +10`,
      `Amadeus Ambercrest AMBER ${ago(3)} +3`,
      `Griselda Greenmantle GREEN ${ago(10)} +10`,
      `Ottoline Overbrook unrated ${ago(40)} +40`,
    ]);
    expect(named(view.sections.newReferralsToScreen)).toEqual([`Juniper Newlyn unrated ${ago(2)} +2`, 'Kestrel Newcombe unrated today +0']);
    expect(named(view.sections.redWithoutLeadProfessional)).toEqual([`Ravenna Redwhistle RED ${ago(14)} +14`]);
    expect(view.sections.redWithoutLeadProfessional[0]).toMatchObject({ kind: 'lead-professional-allocation', taskId: null, claim: null });
    // Every review and screening row has a task to claim, opened by the list itself when the morning's job has not.
    const rows = [...view.sections.reviewsDueToday, ...view.sections.overdue, ...view.sections.newReferralsToScreen];
    expect(rows.filter((r) => r.taskId === null)).toEqual([]);
    expect(view.sections.overdue[0]).toMatchObject({ kind: 'review', leadProfessional: 'dutylist.lead', referralVersion: 1 });
    // The order is the domain's comparator's.
    for (const s of Object.values(view.sections)) expect([...s].sort(byRiskThenLateness)).toEqual(s);
  });

  it('opens each task once, however often the list is read', async () => {
    await list(alpha);
    await list(bravo);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM duty_task t JOIN referral r ON r.id = t.referral_id JOIN team tm ON tm.id = r.team_id WHERE tm.code = $1`,
      [TEAM],
    );
    expect(n).toBe(4 + 5 + 2); // reviews due today and overdue, and the two referrals to screen
  });

  it('lists at most `limit` rows per section, most urgent first, and still counts them all', async () => {
    const view = await list(alpha, `team=${TEAM}&limit=2`);
    expect(view.counts.overdue).toBe(5);
    expect(view.sections.overdue.map((r) => r.childName)).toEqual(['Rosamund Redlake', 'Amaryllis Amberfold']);
  });

  it('records every child it shows in the audit trail', async () => {
    await list(alpha);
    const [audit] = await db.query(`SELECT child_ids FROM audit_event WHERE entity_type = 'duty-list' AND entity_id = $1 AND action = 'read' ORDER BY id DESC LIMIT 1`, [TEAM]);
    const shown = ['redToday', 'amberToday', 'greenToday', 'unratedToday', 'redLate', 'amberLate10', 'amberLate3', 'greenLate', 'unratedLate', 'newer', 'older'];
    expect([...audit.child_ids].sort()).toEqual(shown.map((k) => kids[k].childId).sort());
  });

  it('lets one clinician hold a task at a time; the holder or a manager releases it', async () => {
    const taskId = await reviewTask('amberToday');
    const claimed = await alpha.post(`/duty/tasks/${taskId}/claim`);
    expect(claimed.status).toBe(200);
    expect(((await claimed.json()) as DutyTaskView).claim?.name).toBe('dutylist.alpha');
    expect((await alpha.post(`/duty/tasks/${taskId}/claim`)).status).toBe(200); // claiming your own task again changes nothing

    const taken = await bravo.post(`/duty/tasks/${taskId}/claim`);
    expect(taken.status).toBe(409);
    expect((await taken.json()).message).toMatch(/dutylist\.alpha claimed this task at .*Ask them \(or a manager\) to release it/);
    const notHers = await bravo.post(`/duty/tasks/${taskId}/release`);
    expect(notHers.status).toBe(409);
    expect((await notHers.json()).message).toMatch(/dutylist\.alpha claimed it .* only they or a manager may release it/);

    const row = (await list(bravo)).sections.reviewsDueToday.find((r) => r.taskId === taskId);
    expect(row?.claim?.name).toBe('dutylist.alpha');

    const released = await manager.post(`/duty/tasks/${taskId}/release`);
    expect(released.status).toBe(200);
    expect(((await released.json()) as DutyTaskView).claim).toBeNull();
    expect((await bravo.post(`/duty/tasks/${taskId}/claim`)).status).toBe(200);
    expect((await alpha.post(`/duty/tasks/${taskId}/claim`)).status).toBe(409);
    expect((await bravo.post(`/duty/tasks/${taskId}/release`)).status).toBe(200);

    const audit = await db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'duty-task' AND entity_id = $1 AND action = 'update'`, [taskId]);
    expect(audit[0].n).toBe(5); // alpha claims twice, the manager releases, bravo claims and releases
  });

  it('answers 404 for another team’s list and tasks, exactly as for ones that do not exist', async () => {
    const taskId = await reviewTask('greenToday');
    const hidden = await outsider.get(`/duty/today?team=${TEAM}`);
    const missing = await outsider.get('/duty/today?team=no-such-team');
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect((await hidden.json()).message.replace(TEAM, 'X')).toBe((await missing.json()).message.replace('no-such-team', 'X'));

    const claim = await outsider.post(`/duty/tasks/${taskId}/claim`);
    expect(claim.status).toBe(404);
    expect((await claim.json()).message).toBe(`duty task ${taskId} was not found`);
    expect((await outsider.post('/duty/tasks/00000000-0000-4000-8000-0000000000e1/claim')).status).toBe(404);
    const [{ claimed_by }] = await db.query(`SELECT claimed_by FROM duty_task WHERE id = $1`, [taskId]);
    expect(claimed_by).toBeNull();
    const [denied] = await db.query(`SELECT outcome FROM audit_event WHERE action = 'denied' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [kids['greenToday'].referralId]);
    expect(denied.outcome).toBe('not-found');

    // A manager sees any team working in their areas.
    expect((await list(manager)).counts.reviewsDueToday).toBe(4);
  });

  it('names the team when it is missing', async () => {
    const res = await alpha.get('/duty/today');
    expect(res.status).toBe(400);
    expect((await res.json()).errors.map((e: { field: string }) => e.field)).toEqual(['team']);
  });

  it('gives a lead professional their caseload, by risk then next review; others may not ask', async () => {
    const res = await lead.get('/duty/caseload');
    expect(res.status).toBe(200);
    const caseload = (await res.json()) as CaseloadItem[];
    expect(caseload.map((c) => [c.childName, c.rating, c.nextReviewOn, c.daysUntilReview, c.reviewTaskId !== null])).toEqual([
      ['Rosamund Redlake', 'RED', ago(2), -2, true],
      ['Amadeus Ambercrest', 'AMBER', ago(3), -3, true],
    ]);
    expect((await alpha.get('/duty/caseload')).status).toBe(403);
  });

  it('moves a child to the other team’s list when its referral moves team (as a re-import does)', async () => {
    const OTHER = 'dutylist-moved';
    await createDutyTeam(db, OTHER);
    await createTestUser(db, 'dutylist.other', ['duty-clinician'], [OTHER]);
    const other = await ApiClient.signedIn(base, 'dutylist.other', TEST_PASSWORD);
    // GREEN rated 190 days ago: due 182 days after, so 8 days overdue.
    const mover = await waitingChild(db, app.get(DutySchedule), { team: TEAM, givenName: 'Marigold', familyName: 'Movewell', waitingSince: ago(400), rag: 'GREEN', ragSetOn: ago(190) });
    const overdue = async (as: ApiClient, team: string) => named((await list(as, `team=${team}`)).sections.overdue).filter((n) => n.startsWith('Marigold'));
    expect(await overdue(alpha, TEAM)).toEqual([`Marigold Movewell GREEN ${ago(8)} +8`]);
    expect(await overdue(other, OTHER)).toEqual([]);

    await db.query(`UPDATE referral SET team_id = (SELECT id FROM team WHERE code = $2) WHERE id = $1`, [mover.referralId, OTHER]);

    expect(await overdue(alpha, TEAM)).toEqual([]);
    expect(await overdue(other, OTHER)).toEqual([`Marigold Movewell GREEN ${ago(8)} +8`]);
  });
});
