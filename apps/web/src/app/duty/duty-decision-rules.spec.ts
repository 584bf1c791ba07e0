import { toSafeguardingRequest, toScreeningRequest, validateSafeguarding, validateScreening } from './duty-decision-rules';

const TODAY = '2026-11-22';

describe('screening a new referral', () => {
  it('wants the answer, and a note saying what and by whom when an immediate response is needed', () => {
    expect(validateScreening({ screenedOn: TODAY, immediateResponse: '', screeningNote: '' }, '2026-11-20', TODAY)).toEqual({
      immediateResponse: ['Select whether the referral needs an immediate response'],
    });
    expect(validateScreening({ screenedOn: TODAY, immediateResponse: 'yes', screeningNote: ' ' }, '2026-11-20', TODAY)).toEqual({
      screeningNote: ['Enter what the immediate response is, and who makes it'],
    });
    expect(validateScreening({ screenedOn: TODAY, immediateResponse: 'no', screeningNote: '' }, '2026-11-20', TODAY)).toEqual({});
  });

  it('dates the screening between the day the referral was received and today', () => {
    expect(validateScreening({ screenedOn: '2026-11-19', immediateResponse: 'no', screeningNote: '' }, '2026-11-20', TODAY)).toEqual({
      screenedOn: ['The date of screening cannot be before the referral was received'],
    });
    expect(validateScreening({ screenedOn: '2026-11-23', immediateResponse: 'no', screeningNote: '' }, '2026-11-20', TODAY)).toEqual({
      screenedOn: ['The date of screening cannot be in the future'],
    });
    expect(validateScreening({ screenedOn: '2026-11-20', immediateResponse: 'no', screeningNote: '' }, '2026-11-20', TODAY)).toEqual({});
  });

  it('sends a yes or no and the trimmed note', () => {
    expect(toScreeningRequest({ screenedOn: TODAY, immediateResponse: 'yes', screeningNote: ' Duty to call today ' })).toEqual({
      screenedOn: TODAY,
      immediateResponse: true,
      note: 'Duty to call today',
    });
    expect(toScreeningRequest({ screenedOn: TODAY, immediateResponse: 'no', screeningNote: '' })).toEqual({ screenedOn: TODAY, immediateResponse: false, note: null });
  });
});

describe('a safeguarding decision after a DNA', () => {
  it('wants a decision, and the plan when the referral is kept open', () => {
    expect(validateSafeguarding({ decision: '', safeguardingPlan: '' })).toEqual({ decision: ['Select the safeguarding decision'] });
    expect(validateSafeguarding({ decision: 'keep-open', safeguardingPlan: '' })).toEqual({ safeguardingPlan: ['Enter the plan to keep the child safe and engaged'] });
    expect(validateSafeguarding({ decision: 'discharge-may-proceed', safeguardingPlan: '' })).toEqual({});
  });

  it('sends the decision’s version, the decision and the trimmed plan', () => {
    expect(toSafeguardingRequest({ decision: 'keep-open', safeguardingPlan: ' Home visit by Friday ' }, 2)).toEqual({ version: 2, decision: 'keep-open', plan: 'Home visit by Friday' });
    expect(toSafeguardingRequest({ decision: 'discharge-may-proceed', safeguardingPlan: '' }, 1)).toEqual({ version: 1, decision: 'discharge-may-proceed', plan: null });
  });
});
