import {
  NEW_CASE_API_FIELDS,
  NewCaseFormValue,
  parseSupportHours,
  toConsentRequest,
  toOpenCaseRequest,
  toRiskRequest,
  toWithdrawRequest,
  validateConsent,
  validateNewCase,
  validateAgenda,
  validateRisk,
  validateWithdraw,
} from './case-form-rules';

const TODAY = '2026-11-22';

const newCase = (overrides: Partial<NewCaseFormValue> = {}): NewCaseFormValue => ({
  givenName: ' Ottoline ',
  familyName: 'Quarrendon-Vyse',
  dateOfBirth: '2016-05-14',
  nhsNumber: '',
  school: 'Oakham Church of England Primary School',
  yearGroup: 'Year 4',
  broughtByName: 'Helen Hartley',
  broughtByRole: 'SENCo',
  need: 'Frequent dysregulation in class; at risk of exclusion.',
  ...overrides,
});

describe('bringing a new case to the panel', () => {
  it('accepts a complete case, the NHS number and year group being optional', () => {
    expect(validateNewCase(newCase(), TODAY)).toEqual({});
    expect(validateNewCase(newCase({ yearGroup: '' }), TODAY)).toEqual({});
  });

  it('names every missing field, in words a coordinator can act on', () => {
    const blank = newCase({ givenName: ' ', familyName: '', dateOfBirth: '', school: '', broughtByName: '', broughtByRole: '', need: '' });
    expect(validateNewCase(blank, TODAY)).toEqual({
      givenName: ['Enter the child’s given name'],
      familyName: ['Enter the child’s family name'],
      dateOfBirth: ['Enter the child’s date of birth'],
      school: ['Enter the child’s school or setting'],
      broughtByName: ['Enter who brings the case'],
      broughtByRole: ['Enter their role, for example SENCo'],
      need: ['Describe the child’s need'],
    });
  });

  it('wants a real date of birth that is not in the future', () => {
    expect(validateNewCase(newCase({ dateOfBirth: '2016-02-30' }), TODAY)).toEqual({ dateOfBirth: ['Date of birth must be a real date'] });
    expect(validateNewCase(newCase({ dateOfBirth: '2026-11-23' }), TODAY)).toEqual({ dateOfBirth: ['The date of birth cannot be in the future'] });
    expect(validateNewCase(newCase({ dateOfBirth: TODAY }), TODAY)).toEqual({});
  });

  it('checks the NHS number’s check digit when one is given', () => {
    // 943 476 5919: 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2 = 299; 299 mod 11 = 2; 11 − 2 = 9, the last digit.
    expect(validateNewCase(newCase({ nhsNumber: '943 476 5919' }), TODAY)).toEqual({});
    expect(validateNewCase(newCase({ nhsNumber: '943 476 5918' }), TODAY)).toEqual({ nhsNumber: ['NHS number is not valid: its check digit does not match (Modulus 11)'] });
  });

  it('keeps text within the API’s limits', () => {
    expect(validateNewCase(newCase({ yearGroup: 'y'.repeat(51), need: 'n'.repeat(4001) }), TODAY)).toEqual({
      yearGroup: ['Year group must be 50 characters or fewer'],
      need: ['The need must be 4000 characters or fewer'],
    });
  });

  it('sends the child, the school, who brings the case and the need, trimmed, with blanks as null', () => {
    expect(toOpenCaseRequest('p-1', newCase({ yearGroup: ' ', nhsNumber: ' 943 476 5919 ' }))).toEqual({
      panelId: 'p-1',
      child: { givenName: 'Ottoline', familyName: 'Quarrendon-Vyse', dateOfBirth: '2016-05-14', nhsNumber: '943 476 5919' },
      school: 'Oakham Church of England Primary School',
      yearGroup: null,
      broughtBy: { name: 'Helen Hartley', role: 'SENCo' },
      need: 'Frequent dysregulation in class; at risk of exclusion.',
    });
  });

  it('puts the API’s nested field names back on the form’s fields', () => {
    expect(NEW_CASE_API_FIELDS['child.nhsNumber']).toBe('nhsNumber');
    expect(NEW_CASE_API_FIELDS['broughtBy.role']).toBe('broughtByRole');
  });
});

describe('recording parental consent', () => {
  const consent = { givenBy: 'Ruth Quarrendon-Vyse', relationship: 'mother', givenOn: '2026-11-20', scope: 'Sharing with panel members; referral to providers' };

  it('wants who, their relationship, a date not in the future and the scope', () => {
    expect(validateConsent(consent, TODAY)).toEqual({});
    expect(validateConsent({ givenBy: '', relationship: ' ', givenOn: '', scope: '' }, TODAY)).toEqual({
      givenBy: ['Enter who gave consent'],
      relationship: ['Enter their relationship to the child, for example mother'],
      givenOn: ['Enter the date consent was given'],
      scope: ['Enter what the consent covers'],
    });
    expect(validateConsent({ ...consent, givenOn: '2026-11-23' }, TODAY)).toEqual({ givenOn: ['Consent cannot be dated in the future'] });
  });

  it('sends the case’s version with the trimmed answers', () => {
    expect(toConsentRequest({ ...consent, givenBy: ' Ruth Quarrendon-Vyse ' }, 3)).toEqual({ version: 3, ...consent });
  });
});

describe('recording the pre-panel risk of escalation', () => {
  it('wants a level and a note; the hours a week are optional', () => {
    expect(validateRisk({ level: 'high', riskNote: 'Two fixed-term exclusions this term', predictedHoursPerWeek: '' })).toEqual({});
    expect(validateRisk({ level: '', riskNote: ' ', predictedHoursPerWeek: '' })).toEqual({
      level: ['Select the risk of escalating to a statutory assessment'],
      riskNote: ['Enter why the risk is at this level'],
    });
  });

  it('takes hours a week above 0, at most 60, to two decimal places', () => {
    expect([parseSupportHours('32.5'), parseSupportHours('25'), parseSupportHours('0.01'), parseSupportHours('60')]).toEqual([32.5, 25, 0.01, 60]);
    expect([parseSupportHours('0'), parseSupportHours('60.01'), parseSupportHours('32.555'), parseSupportHours('thirty'), parseSupportHours('-5')]).toEqual([null, null, null, null, null]);
    expect(validateRisk({ level: 'high', riskNote: 'n', predictedHoursPerWeek: '61' })).toEqual({
      predictedHoursPerWeek: ['Hours a week must be a number above 0 and at most 60, with at most two decimal places, for example 32.5'],
    });
  });

  it('sends the level, the trimmed note and the hours (null when left blank)', () => {
    expect(toRiskRequest({ level: 'high', riskNote: ' Exclusion likely ', predictedHoursPerWeek: '32.5' }, 4)).toEqual({ version: 4, level: 'high', note: 'Exclusion likely', predictedHoursPerWeek: 32.5 });
    expect(toRiskRequest({ level: 'low', riskNote: 'Settled', predictedHoursPerWeek: '' }, 2)).toEqual({ version: 2, level: 'low', note: 'Settled', predictedHoursPerWeek: null });
  });
});

describe('listing a case for a sitting', () => {
  it('wants one of the sittings still open', () => {
    expect(validateAgenda({ sittingId: 's-2' }, ['s-2', 's-3'])).toEqual({});
    expect(validateAgenda({ sittingId: '' }, ['s-2'])).toEqual({ sittingId: ['Choose the sitting to list the case for'] });
    expect(validateAgenda({ sittingId: '' }, [])).toEqual({ sittingId: ['The panel has no sitting scheduled: schedule one on the Sittings page first'] });
    expect(validateAgenda({ sittingId: 's-1' }, ['s-2'])).toEqual({ sittingId: ['That sitting is closed: choose another'] });
  });
});

describe('withdrawing a case', () => {
  it('wants the reason, and sends it trimmed with the case’s version', () => {
    expect(validateWithdraw({ withdrawReason: ' ' })).toEqual({ withdrawReason: ['Enter why the case is withdrawn'] });
    expect(validateWithdraw({ withdrawReason: 'The family moved out of the area' })).toEqual({});
    expect(toWithdrawRequest({ withdrawReason: ' The family moved out of the area ' }, 5)).toEqual({ version: 5, reason: 'The family moved out of the area' });
  });
});
