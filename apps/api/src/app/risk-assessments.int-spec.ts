import type { MeetingAgendaItem, RecordRiskAssessmentResult, ReferralView, RiskAssessmentView } from '@camhs/contracts';
import { RISK_DOMAINS } from '@camhs/contracts';
import { configureQueueBackend } from '@camhs/queues';
import { ApiClient, TEST_PASSWORD, createTestUser, itConfig } from '@camhs/server-testing';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApi } from './create-api';

const absent = RISK_DOMAINS.map((d) => ({ domain: d.id, present: false }));

describe('risk assessments, the RAG recall, lead professionals and the team meeting agenda', () => {
  let app: INestApplication;
  let db: DataSource;
  let clinician: ApiClient;
  let lead: ApiClient;
  let outsider: ApiClient;
  let manager: ApiClient;
  let leadId: string;
  let otherTeamLeadId: string;
  let referral: ReferralView;

  const assess = (body: Record<string, unknown>, as = clinician) => as.post(`/referrals/${referral.id}/risk-assessments`, body);
  const agenda = async () => ((await (await clinician.get('/teams/generic-outpatient/meeting-agenda')).json()) as MeetingAgendaItem[]).filter((i) => i.referralId === referral.id);
  const version = async () => ((await (await clinician.get(`/referrals/${referral.id}`)).json()) as ReferralView).version;

  beforeAll(async () => {
    const config = itConfig('postgres', 'risk', { SIGN_IN_RATE_PER_MINUTE: '1000' });
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    const base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    await createTestUser(db, 'risk.clinician', ['duty-clinician'], ['generic-outpatient']);
    leadId = await createTestUser(db, 'risk.lead', ['lead-professional'], ['generic-outpatient']);
    otherTeamLeadId = await createTestUser(db, 'risk.otherlead', ['lead-professional'], ['crisis']);
    await createTestUser(db, 'risk.outsider', ['duty-clinician'], ['crisis']);
    await createTestUser(db, 'risk.manager', ['manager'], ['generic-outpatient']);
    manager = await ApiClient.signedIn(base, 'risk.manager', TEST_PASSWORD);
    clinician = await ApiClient.signedIn(base, 'risk.clinician', TEST_PASSWORD);
    lead = await ApiClient.signedIn(base, 'risk.lead', TEST_PASSWORD);
    outsider = await ApiClient.signedIn(base, 'risk.outsider', TEST_PASSWORD);

    const res = await clinician.post('/referrals', {
      givenName: 'Riskella',
      familyName: 'Ragsworth',
      dateOfBirth: '2012-07-08',
      area: 'leicestershire',
      team: 'generic-outpatient',
      referrerType: 'school',
      urgency: 'routine',
      receivedOn: '2026-09-01',
    });
    referral = await res.json();
    const accessed = await (await clinician.post(`/referrals/${referral.id}/access`, { version: referral.version, completedOn: '2026-09-10', outcome: 'accepted' })).json();
    referral = await (await clinician.post(`/referrals/${referral.id}/assessment`, { version: accessed.version, completedOn: '2026-09-20', outcome: 'accepted', lists: ['ADOS'] })).json();
    expect(referral.stage).toBe('accepted');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses an assessment that misses a domain, or finds a risk without describing it, naming the field', async () => {
    const missing = await assess({ version: referral.version, assessedOn: '2026-10-01', findings: absent.slice(1), rating: 'AMBER' });
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors.map((e: { field: string }) => e.field)).toContain('findings');
    const undescribed = await assess({ version: referral.version, assessedOn: '2026-10-01', findings: absent.map((f) => (f.domain === 'self' ? { ...f, present: true } : f)), rating: 'AMBER' });
    expect(undescribed.status).toBe(400);
    expect((await undescribed.json()).errors).toEqual([{ field: 'findings', messages: ['describe each risk found present: self'] }]);
    expect((await db.query(`SELECT count(*)::int AS n FROM risk_assessment WHERE referral_id = $1`, [referral.id]))[0].n).toBe(0);
  });

  it('records the first rating and plans the duty review from it (AMBER: 91 days)', async () => {
    const res = await assess({ version: referral.version, assessedOn: '2026-10-01', findings: absent, rating: 'AMBER' });
    expect(res.status).toBe(201);
    const result = (await res.json()) as RecordRiskAssessmentResult;
    // 1 Oct + 91: 30 days to 31 Oct, 30 to 30 Nov (60), 31 to 31 Dec (91).
    expect(result.plan).toEqual({ rating: 'AMBER', intervalDays: 91, nextReviewOn: '2026-12-31', nextLetterOn: '2026-12-31' });
    expect(result.onTeamMeetingAgenda).toBe(false);
    expect(result.version).toBe(referral.version + 1);
    expect(result.assessment).toMatchObject({ rating: 'AMBER', previousRating: null, reason: null, recordedBy: 'risk.clinician' });
    const after = (await (await clinician.get(`/referrals/${referral.id}`)).json()) as ReferralView;
    expect(after).toMatchObject({ rag: 'AMBER', ragSetOn: '2026-10-01' });
  });

  it('refuses a stale version (409) and a changed rating without a reason (400 naming reason)', async () => {
    const stale = await assess({ version: referral.version, assessedOn: '2026-11-01', findings: absent, rating: 'RED', reason: 'disclosure' });
    expect(stale.status).toBe(409);
    const noReason = await assess({ version: await version(), assessedOn: '2026-11-01', findings: absent, rating: 'RED' });
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).errors).toEqual([{ field: 'reason', messages: ['say why the rating changes from AMBER to RED'] }]);
    const badInterval = await assess({ version: await version(), assessedOn: '2026-11-01', findings: absent, rating: 'RED', reason: 'disclosure', redIntervalDays: 45 });
    expect(badInterval.status).toBe(400);
    expect((await badInterval.json()).errors.map((e: { field: string }) => e.field)).toEqual(['redIntervalDays']);
  });

  it('raising to RED re-plans at once with the LP interval, and puts the child on the team meeting agenda until an LP is named', async () => {
    const findings = absent.map((f) => (f.domain === 'self' ? { ...f, present: true, note: 'new self-harm disclosed at school' } : f));
    const res = await assess({ version: await version(), assessedOn: '2026-11-01', findings, rating: 'RED', reason: 'escalating self-harm', redIntervalDays: 7 });
    expect(res.status).toBe(201);
    const result = (await res.json()) as RecordRiskAssessmentResult;
    expect(result.plan).toEqual({ rating: 'RED', intervalDays: 7, nextReviewOn: '2026-11-08', nextLetterOn: null });
    expect(result.onTeamMeetingAgenda).toBe(true);
    // The report plans the same way: due 11-08 (not the default 11-15), so overdue on 11-10 and due (not overdue) on 11-07.
    const drill = async (asOf: string, figure: string) =>
      ((await (await manager.get(`/reports/ptl/drill?asOf=${asOf}&figure=${figure}`)).json()) as { id: string }[]).some((row) => row.id === referral.id);
    expect([await drill('2026-11-10', 'duty.reviewsOverdue'), await drill('2026-11-07', 'duty.reviewsDue'), await drill('2026-11-07', 'duty.reviewsOverdue')]).toEqual([true, true, false]);
    expect(await agenda()).toEqual([
      expect.objectContaining({ referralId: referral.id, childName: 'Riskella Ragsworth', team: 'generic-outpatient', redSince: '2026-11-01' }),
    ]);

    // The history, newest first (the RAG recall).
    const history = (await (await clinician.get(`/referrals/${referral.id}/risk-assessments`)).json()) as RiskAssessmentView[];
    expect(history.map((h) => [h.rating, h.previousRating, h.reason])).toEqual([
      ['RED', 'AMBER', 'escalating self-harm'],
      ['AMBER', null, null],
    ]);
    expect(history[0].findings.find((f) => f.domain === 'self')).toEqual({ domain: 'self', present: true, note: 'new self-harm disclosed at school' });

    // A duty clinician may not name the LP; an LP from another team is refused naming the field; the team's LP is taken.
    expect((await clinician.post(`/referrals/${referral.id}/lead-professional`, { version: await version(), userId: leadId })).status).toBe(403);
    const wrongTeam = await lead.post(`/referrals/${referral.id}/lead-professional`, { version: await version(), userId: otherTeamLeadId });
    expect(wrongTeam.status).toBe(400);
    expect((await wrongTeam.json()).errors.map((e: { field: string }) => e.field)).toEqual(['userId']);
    const allocated = await lead.post(`/referrals/${referral.id}/lead-professional`, { version: await version(), userId: leadId });
    expect(allocated.status).toBe(200);
    expect((await allocated.json()).leadProfessional).toBe('risk.lead');
    expect(await agenda()).toEqual([]);
  });

  it('keeps the history append-only and out of other teams’ reach', async () => {
    expect((await outsider.get(`/referrals/${referral.id}/risk-assessments`)).status).toBe(404);
    // Another team's agenda and lead professionals answer as an unknown team would.
    expect((await outsider.get('/teams/generic-outpatient/meeting-agenda')).status).toBe(404);
    expect((await outsider.get('/teams/generic-outpatient/lead-professionals')).status).toBe(404);
    expect((await clinician.get('/teams/generic-outpatient/lead-professionals')).status).toBe(200);
    await expect(db.query(`UPDATE risk_assessment SET reason = 'edited' WHERE referral_id = $1`, [referral.id])).rejects.toThrow(/permission denied|append-only/);
    const audit = await db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'risk-assessment' AND action = 'update'`);
    expect(audit[0].n).toBe(2);
  });
});
