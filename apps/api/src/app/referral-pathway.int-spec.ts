import { ReferralView } from '@camhs/contracts';
import { ApiClient, TEST_PASSWORD, createTestUser, itConfig } from '@camhs/server-testing';
import { configureQueueBackend } from '@camhs/queues';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApi } from './create-api';

const referral = {
  givenName: 'Pathwella',
  familyName: 'Stagecroft',
  dateOfBirth: '2013-06-14',
  area: 'leicestershire',
  team: 'generic-outpatient',
  referrerType: 'school',
  urgency: 'routine',
  receivedOn: '2026-09-01',
};

describe('moving a referral along the pathway', () => {
  let app: INestApplication;
  let db: DataSource;
  let clinician: ApiClient;
  let outsider: ApiClient;

  const register = async (extra: Record<string, unknown> = {}): Promise<ReferralView> => {
    const res = await clinician.post('/referrals', { ...referral, ...extra });
    expect(res.status).toBe(201);
    return res.json();
  };
  const move = (id: string, step: 'access' | 'assessment' | 'discharge', body: Record<string, unknown>, as = clinician) => as.post(`/referrals/${id}/${step}`, body);

  beforeAll(async () => {
    const config = itConfig('postgres', 'pathway', { SIGN_IN_RATE_PER_MINUTE: '1000' });
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    const base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    await createTestUser(db, 'pathway.clinician', ['duty-clinician'], ['generic-outpatient', 'eating-disorders']);
    await createTestUser(db, 'pathway.outsider', ['duty-clinician'], ['crisis']);
    clinician = await ApiClient.signedIn(base, 'pathway.clinician', TEST_PASSWORD);
    outsider = await ApiClient.signedIn(base, 'pathway.outsider', TEST_PASSWORD);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('goes from access to assessment to two waiting lists to discharge, each step at the next version', async () => {
    const r = await register();
    expect(r).toMatchObject({ stage: 'access', version: 1, waits: [] });

    const assessed = await move(r.id, 'access', { version: 1, completedOn: '2026-09-20', outcome: 'accepted' });
    expect(assessed.status).toBe(200);
    expect(await assessed.json()).toMatchObject({ stage: 'assessment', accessCompletedOn: '2026-09-20', accessOutcome: 'accepted', version: 2 });

    const acceptedRes = await move(r.id, 'assessment', { version: 2, completedOn: '2026-10-05', outcome: 'accepted', lists: ['Neurodevelopmental', 'ADOS'] });
    expect(acceptedRes.status).toBe(200);
    const accepted = (await acceptedRes.json()) as ReferralView;
    expect(accepted).toMatchObject({ stage: 'accepted', assessmentCompletedOn: '2026-10-05', assessmentOutcome: 'accepted', version: 3 });
    expect(accepted.waits.map((w) => [w.list, w.addedOn, w.startedOn, w.removedOn])).toEqual([
      ['ADOS', '2026-10-05', null, null],
      ['Neurodevelopmental', '2026-10-05', null, null],
    ]);

    const discharged = (await (await move(r.id, 'discharge', { version: 3, dischargedOn: '2026-11-01', reason: 'family moved away' })).json()) as ReferralView;
    expect(discharged).toMatchObject({ stage: 'discharged', dischargedOn: '2026-11-01', version: 4 });
    expect(discharged.waits.map((w) => w.removedOn)).toEqual(['2026-11-01', '2026-11-01']);

    const audit = await db.query(`SELECT action, operation FROM audit_event WHERE entity_id = $1 AND action = 'update' ORDER BY id`, [r.id]);
    expect(audit.map((a: { operation: string }) => a.operation)).toEqual([
      'POST /api/referrals/{id}/access',
      'POST /api/referrals/{id}/assessment',
      'POST /api/referrals/{id}/discharge',
    ]);
  });

  it('starts a referral to a team that bypasses access in assessment, recorded as accepted at access on the day received', async () => {
    expect(await register({ team: 'eating-disorders' })).toMatchObject({ stage: 'assessment', accessCompletedOn: '2026-09-01', accessOutcome: 'accepted' });
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const r = await register();
    expect((await move(r.id, 'access', { version: 1, completedOn: '2026-09-10', outcome: 'accepted' })).status).toBe(200);
    const stale = await move(r.id, 'access', { version: 1, completedOn: '2026-09-11', outcome: 'redirected', destination: 'Early Help' });
    expect(stale.status).toBe(409);
    expect((await stale.json()).message).toBe('The referral has changed since you loaded it (it is at version 2; you sent 1). Reload it and try again.');
    const now = (await (await clinician.get(`/referrals/${r.id}`)).json()) as ReferralView;
    expect(now).toMatchObject({ stage: 'assessment', accessCompletedOn: '2026-09-10', version: 2 });
  });

  it('answers 409 for a move the current stage does not allow, and 400 naming the field for a date out of order', async () => {
    const r = await register();
    const early = await move(r.id, 'assessment', { version: 1, completedOn: '2026-09-10', outcome: 'accepted', lists: ['ADOS'] });
    expect(early.status).toBe(409);
    expect((await early.json()).message).toBe('Cannot complete assessment: assessment can only be completed while the referral is in assessment; it is in access.');
    const beforeReceipt = await move(r.id, 'access', { version: 1, completedOn: '2026-08-31', outcome: 'accepted' });
    expect(beforeReceipt.status).toBe(400);
    expect((await beforeReceipt.json()).errors).toEqual([
      { field: 'completedOn', messages: ["the access date (2026-08-31) cannot be before 2026-09-01, the referral's latest recorded date"] },
    ]);
  });

  it('names the missing detail of each outcome, and unknown waiting lists with the known ones', async () => {
    const r = await register();
    const noDestination = await move(r.id, 'access', { version: 1, completedOn: '2026-09-10', outcome: 'redirected' });
    expect((await noDestination.json()).errors.map((e: { field: string }) => e.field)).toEqual(['destination']);
    await move(r.id, 'access', { version: 1, completedOn: '2026-09-10', outcome: 'accepted' });
    const unknown = await move(r.id, 'assessment', { version: 2, completedOn: '2026-09-30', outcome: 'accepted', lists: ['Astrology'] });
    expect(unknown.status).toBe(400);
    const [error] = (await unknown.json()).errors;
    expect(error.field).toBe('lists');
    expect(error.messages[0]).toMatch(/^unknown waiting list 'Astrology'; lists: ADOS, Assessment, /);
    expect(await db.query(`SELECT 1 FROM wait WHERE referral_id = $1`, [r.id])).toEqual([]);
  });

  it('closes at access when redirected, keeping where it went', async () => {
    const r = await register();
    const res = await move(r.id, 'access', { version: 1, completedOn: '2026-09-05', outcome: 'redirected', destination: 'Early Help' });
    expect(await res.json()).toMatchObject({ stage: 'redirected', accessOutcome: 'redirected', dischargedOn: null });
    expect(await db.query(`SELECT access_note FROM referral WHERE id = $1`, [r.id])).toEqual([{ access_note: 'Early Help' }]);
  });

  it('answers 404 to a caller whose scope does not hold the referral, exactly as for a missing one, and audits it', async () => {
    const r = await register();
    const hidden = await move(r.id, 'access', { version: 1, completedOn: '2026-09-10', outcome: 'accepted' }, outsider);
    const missing = await move('00000000-0000-4000-8000-0000000000aa', 'access', { version: 1, completedOn: '2026-09-10', outcome: 'accepted' }, outsider);
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect(await db.query(`SELECT stage, version FROM referral WHERE id = $1`, [r.id])).toEqual([{ stage: 'access', version: 1 }]);
    expect(await db.query(`SELECT username, outcome FROM audit_event WHERE entity_id = $1 AND action = 'denied'`, [r.id])).toEqual([
      { username: 'pathway.outsider', outcome: 'not-found' },
    ]);
  });

  describe('waits and appointments', () => {
    let r: ReferralView;

    beforeAll(async () => {
      r = await register();
      await move(r.id, 'access', { version: 1, completedOn: '2026-09-10', outcome: 'accepted' });
      r = await (await move(r.id, 'assessment', { version: 2, completedOn: '2026-09-30', outcome: 'accepted', lists: ['ADOS'] })).json();
    });

    it('adds a wait on another list, and refuses a second open wait on the same list (409)', async () => {
      const res = await clinician.post(`/referrals/${r.id}/waits`, { version: r.version, list: 'Treatment', addedOn: '2026-10-02' });
      expect(res.status).toBe(201);
      r = await res.json();
      expect(r.waits.map((w) => w.list)).toEqual(['ADOS', 'Treatment']);
      expect(r.version).toBe(4);
      const again = await clinician.post(`/referrals/${r.id}/waits`, { version: r.version, list: 'ADOS', addedOn: '2026-10-03' });
      expect(again.status).toBe(409);
      expect((await again.json()).message).toBe('Cannot add the wait: the child is already waiting on ADOS.');
    });

    it('starts treatment on one wait while the child keeps waiting on the other; checks the wait’s version and date', async () => {
      const treatment = r.waits.find((w) => w.list === 'Treatment');
      if (!treatment) throw new Error('no Treatment wait');
      const early = await clinician.post(`/waits/${treatment.id}/start-treatment`, { version: 1, on: '2026-10-01' });
      expect(early.status).toBe(400);
      expect((await early.json()).errors).toEqual([{ field: 'on', messages: ['treatment start (2026-10-01) cannot be before the child was added to Treatment (2026-10-02)'] }]);
      const started = await clinician.post(`/waits/${treatment.id}/start-treatment`, { version: 1, on: '2026-11-02' });
      expect(started.status).toBe(200);
      r = await started.json();
      expect(r.waits.map((w) => [w.list, w.startedOn])).toEqual([
        ['ADOS', null],
        ['Treatment', '2026-11-02'],
      ]);
      const stale = await clinician.post(`/waits/${treatment.id}/remove`, { version: 1, on: '2026-11-03' });
      expect(stale.status).toBe(409);
    });

    it('books an appointment for a wait and records it once as attended', async () => {
      const ados = r.waits.find((w) => w.list === 'ADOS');
      const booked = await clinician.post(`/referrals/${r.id}/appointments`, { date: '2026-12-01', kind: 'assessment', waitId: ados?.id });
      expect(booked.status).toBe(201);
      r = await booked.json();
      const [appointment] = r.appointments;
      expect(appointment).toMatchObject({ date: '2026-12-01', kind: 'assessment', status: 'booked', waitId: ados?.id, version: 1 });
      const attended = await clinician.post(`/appointments/${appointment.id}/outcome`, { version: 1, status: 'attended' });
      expect((await attended.json()).appointments[0]).toMatchObject({ status: 'attended', version: 2 });
      const again = await clinician.post(`/appointments/${appointment.id}/outcome`, { version: 2, status: 'dna' });
      expect(again.status).toBe(409);
      expect((await again.json()).message).toBe('Cannot record the outcome: the appointment is already recorded as attended.');
      const foreignWait = await clinician.post(`/referrals/${r.id}/appointments`, { date: '2026-12-01', kind: 'other', waitId: '00000000-0000-4000-8000-0000000000bb' });
      expect((await foreignWait.json()).errors).toEqual([{ field: 'waitId', messages: ['is not one of this referral’s waits'] }]);
    });

    it('answers 404 for a wait or appointment outside the caller’s scope, naming only the id asked for', async () => {
      const ados = r.waits.find((w) => w.list === 'ADOS');
      const hidden = await outsider.post(`/waits/${ados?.id}/remove`, { version: 1, on: '2026-11-20' });
      expect(hidden.status).toBe(404);
      expect((await hidden.json()).message).toBe(`wait ${ados?.id} was not found`);
      const hiddenAppointment = await outsider.post(`/appointments/${r.appointments[0].id}/outcome`, { version: 2, status: 'dna' });
      expect(hiddenAppointment.status).toBe(404);
    });

    it('refuses to book on a closed referral (409)', async () => {
      const closed = await register();
      await move(closed.id, 'access', { version: 1, completedOn: '2026-09-05', outcome: 'returned', reason: 'needs more information' });
      const res = await clinician.post(`/referrals/${closed.id}/appointments`, { date: '2026-12-01', kind: 'other' });
      expect(res.status).toBe(409);
      expect((await res.json()).message).toBe('Cannot book an appointment: the referral is closed (returned at access).');
    });
  });
});
