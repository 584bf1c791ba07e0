import { checkFindings, findingsFieldFor, riskName, toFindings } from './risk-findings';
import { allAbsent } from './risk-findings.testing';


describe('the six risk domains as fields', () => {
  it('wants every domain answered, on its own choice', () => {
    const none = allAbsent({ 'risk-self': '', 'risk-others': '', 'risk-from-others': '', 'risk-deterioration': '', 'risk-delay-in-diagnosis': '', 'risk-disengagement': '' });
    expect(checkFindings(none)).toEqual({
      'risk-self': ['Select whether the risk to self is present or absent'],
      'risk-others': ['Select whether the risk to others is present or absent'],
      'risk-from-others': ['Select whether the risk from others is present or absent'],
      'risk-deterioration': ['Select whether the risk of deterioration is present or absent'],
      'risk-delay-in-diagnosis': ['Select whether the risk of delay in diagnosis is present or absent'],
      'risk-disengagement': ['Select whether the risk of disengagement is present or absent'],
    });
    expect(checkFindings(allAbsent())).toEqual({});
  });

  it('wants a note of at most 2000 characters for each risk present, and none for a risk absent', () => {
    expect(checkFindings(allAbsent({ 'risk-deterioration': 'present', 'risk-deterioration-note': '   ' }))).toEqual({
      'risk-deterioration-note': ['Describe the risk of deterioration'],
    });
    expect(checkFindings(allAbsent({ 'risk-others': 'present', 'risk-others-note': 'x'.repeat(2001) }))).toEqual({
      'risk-others-note': ['The note on the risk to others must be 2000 characters or fewer'],
    });
    expect(checkFindings(allAbsent({ 'risk-others': 'present', 'risk-others-note': 'x'.repeat(2000) }))).toEqual({});
    expect(checkFindings(allAbsent({ 'risk-self-note': 'left over from a change of mind' }))).toEqual({});
  });

  it('sends all six domains in the usual order, a trimmed note only for a risk present', () => {
    expect(toFindings(allAbsent({ 'risk-self': 'present', 'risk-self-note': ' Cutting disclosed ', 'risk-others-note': 'not sent' }))).toEqual([
      { domain: 'self', present: true, note: 'Cutting disclosed' },
      { domain: 'others', present: false, note: null },
      { domain: 'from-others', present: false, note: null },
      { domain: 'deterioration', present: false, note: null },
      { domain: 'delay-in-diagnosis', present: false, note: null },
      { domain: 'disengagement', present: false, note: null },
    ]);
  });

  it('puts the API’s findings errors on the domain they name, by position', () => {
    expect(findingsFieldFor('findings', 'findings')).toBe('risk-self');
    expect(findingsFieldFor('findings.0.note', 'findings')).toBe('risk-self-note');
    expect(findingsFieldFor('findings.5.present', 'findings')).toBe('risk-disengagement');
    expect(findingsFieldFor('outcome.findings.3.note', 'outcome.findings')).toBe('risk-deterioration-note');
    expect(findingsFieldFor('findings.6.note', 'findings')).toBeUndefined();
    expect(findingsFieldFor('findingsX', 'findings')).toBeUndefined();
    expect(findingsFieldFor('reason', 'findings')).toBeUndefined();
  });

  it('names a domain for messages in lower case', () => {
    expect(riskName('from-others')).toBe('risk from others');
  });
});
