import {
  PANEL_CASE_STATES,
  PanelCaseFacts,
  PanelCaseState,
  afterOutcomeReview,
  awaitNextSitting,
  decideCase,
  listForSitting,
  recordConsent,
  recordEscalationRisk,
  removeFromAgenda,
  reviewFallsDue,
  withdrawCase,
} from './panel-case';

const fresh: PanelCaseFacts = { state: 'new', consentRecorded: false, risk: null };
const at = (state: PanelCaseState, extra: Partial<PanelCaseFacts> = {}): PanelCaseFacts => ({ state, consentRecorded: true, risk: 'high', ...extra });

describe('a panel case: new → consent → ready → on agenda → allocated → in review → closed', () => {
  it('walks the whole way', () => {
    const consent = recordConsent(fresh);
    expect(consent).toEqual({ ok: true, value: 'consent' });
    expect(recordEscalationRisk({ state: 'consent', consentRecorded: true, risk: null }, 'high')).toEqual({ ok: true, value: 'ready' });
    expect(listForSitting(at('ready'))).toEqual({ ok: true, value: 'on-agenda' });
    expect(decideCase(at('on-agenda'), 'allocated')).toEqual({ ok: true, value: 'allocated' });
    expect(reviewFallsDue(at('allocated'))).toEqual({ ok: true, value: 'in-review' });
    expect(afterOutcomeReview(at('in-review'), 1)).toEqual({ ok: true, value: 'in-review' });
    expect(afterOutcomeReview(at('in-review'), 0)).toEqual({ ok: true, value: 'closed' });
  });

  it('refuses to list a case without parental consent, saying why', () => {
    // Risk recorded first (the coordinator may assess before the family's consent arrives): still new.
    expect(recordEscalationRisk(fresh, 'medium')).toEqual({ ok: true, value: 'new' });
    expect(listForSitting({ state: 'new', consentRecorded: false, risk: 'medium' })).toEqual({
      ok: false,
      concern: 'state',
      reason: 'the case has no parental consent recorded: record consent (who gave it, when, and its scope) before listing it for panel',
    });
    // Consent after the risk makes it ready at once.
    expect(recordConsent({ state: 'new', consentRecorded: false, risk: 'medium' })).toEqual({ ok: true, value: 'ready' });
  });

  it('refuses to list a case before the pre-panel risk is recorded, or twice', () => {
    expect(listForSitting({ state: 'consent', consentRecorded: true, risk: null })).toMatchObject({ ok: false, concern: 'state', reason: expect.stringMatching(/pre-panel risk/) });
    expect(listForSitting(at('on-agenda'))).toMatchObject({ ok: false, reason: 'the case is already on an agenda' });
    for (const state of ['allocated', 'in-review', 'closed'] as const) expect(listForSitting(at(state)).ok).toBe(false);
  });

  it('takes a case off an agenda back to ready; a deferral keeps it on the agenda; not allocated closes it', () => {
    expect(removeFromAgenda(at('on-agenda'))).toEqual({ ok: true, value: 'ready' });
    expect(removeFromAgenda(at('ready')).ok).toBe(false);
    expect(decideCase(at('on-agenda'), 'deferred')).toEqual({ ok: true, value: 'on-agenda' });
    expect(decideCase(at('on-agenda'), 'not-allocated')).toEqual({ ok: true, value: 'closed' });
    expect(decideCase(at('ready'), 'allocated')).toMatchObject({ ok: false, concern: 'state', reason: 'the panel decides cases on its agenda; the case is ready for panel' });
    expect(awaitNextSitting(at('on-agenda'))).toEqual({ ok: true, value: 'ready' });
    expect(awaitNextSitting(at('allocated')).ok).toBe(false);
  });

  it('allows every move only from the states that permit it', () => {
    const allowedFrom = (move: (c: PanelCaseFacts) => { ok: boolean }) => PANEL_CASE_STATES.filter((s) => move(at(s)).ok);
    expect(allowedFrom(recordConsent)).toEqual(['new', 'consent', 'ready', 'on-agenda', 'allocated', 'in-review']);
    expect(allowedFrom((c) => recordEscalationRisk(c, 'low'))).toEqual(['new', 'consent', 'ready', 'on-agenda']);
    expect(allowedFrom(listForSitting)).toEqual(['new', 'consent', 'ready']);
    expect(allowedFrom(reviewFallsDue)).toEqual(['allocated', 'in-review']);
    expect(allowedFrom((c) => afterOutcomeReview(c, 0))).toEqual(['allocated', 'in-review']);
    expect(allowedFrom((c) => withdrawCase(c, 'school withdrew the request'))).toEqual(['new', 'consent', 'ready', 'on-agenda']);
    expect(withdrawCase(at('ready'), ' ')).toMatchObject({ ok: false, concern: 'detail', reason: 'say why the case is withdrawn' });
  });

  it('keeps the state when consent or risk is recorded later on', () => {
    expect(recordConsent(at('allocated'))).toEqual({ ok: true, value: 'allocated' });
    expect(recordEscalationRisk(at('on-agenda'), 'low')).toEqual({ ok: true, value: 'on-agenda' });
    expect(recordConsent(at('closed'))).toMatchObject({ ok: false, concern: 'state' });
  });
});
