import { headerProblems } from './extract-columns';
import { stageOfExtractReferral } from './extract-stage';
import { Cells, appointmentAgainstOthers, parseAppointmentRow, parseReferralRow, parseWaitRow, waitAgainstReferral } from './extract-rows';

const referral: Cells = {
  referral_id: 'R1',
  child_id: 'C1',
  nhs_number: '943 476 5919',
  given_name: 'Ottilie',
  family_name: 'Brackenbury',
  date_of_birth: '2010-05-01',
  area: 'Rutland',
  team: 'generic-outpatient',
  referrer_type: 'GP',
  urgency: 'Routine',
  received_on: '2018-03-20',
  access_completed_on: '2018-05-01',
  access_outcome: 'accepted',
  assessment_completed_on: '2018-06-01',
  assessment_outcome: 'accepted',
  discharged_on: '',
  rag: 'amber',
  rag_set_on: '2018-06-01',
  lead_professional: '',
};

const problemsOf = (p: { problems: { column: string | null; message: string }[] }) => p.problems.map((x) => `${x.column}: ${x.message}`);

describe('PTL extract: header', () => {
  it('names unknown, repeated and missing columns', () => {
    expect(headerProblems('waits.csv', ['wait_id', 'referral_id', 'list', 'addded_on', 'list'])).toEqual([
      { column: 'addded_on', message: "unknown column 'addded_on'; the columns of waits.csv are: wait_id, referral_id, list, added_on, started_on, removed_on" },
      { column: 'list', message: "column 'list' appears more than once" },
      { column: null, message: "required column 'added_on' is missing" },
    ]);
    expect(headerProblems('appointments.csv', ['status', 'kind', 'date', 'referral_id', 'appointment_id'])).toEqual([]);
  });
});

describe('PTL extract: referrals.csv rows', () => {
  it('reads a good row, storing enumerations canonically and the NHS number as digits', () => {
    const parsed = parseReferralRow(referral);
    expect(parsed.problems).toEqual([]);
    expect(parsed.record).toMatchObject({ nhsNumber: '9434765919', referrerType: 'gp', urgency: 'routine', rag: 'AMBER', dischargedOn: null, leadProfessional: null });
  });

  it('names every problem of a row, not only the first', () => {
    const parsed = parseReferralRow({ ...referral, given_name: ' ', urgency: 'soon', received_on: '2018-02-30', nhs_number: '9434765918' });
    expect(problemsOf(parsed)).toEqual([
      'nhs_number: fails the NHS number Modulus 11 check',
      'given_name: is required',
      'urgency: \'soon\' is not one of: routine, urgent',
      "received_on: '2018-02-30' is not a date written YYYY-MM-DD",
    ]);
    expect(parsed.record).toBeNull();
  });

  it('refuses an NHS number that is not 10 digits', () => {
    expect(problemsOf(parseReferralRow({ ...referral, nhs_number: '94347659' }))).toEqual(["nhs_number: '94347659' is not 10 digits"]);
  });

  it('wants an outcome exactly when its date is given', () => {
    expect(problemsOf(parseReferralRow({ ...referral, access_outcome: '' }))).toEqual(['access_outcome: is required when access_completed_on is given']);
    expect(problemsOf(parseReferralRow({ ...referral, assessment_completed_on: '', assessment_outcome: 'accepted' }))).toEqual([
      'assessment_outcome: is given without assessment_completed_on',
    ]);
    expect(problemsOf(parseReferralRow({ ...referral, rag_set_on: '' }))).toEqual(['rag_set_on: is required when rag is given']);
  });

  it('allows assessment only after access was accepted', () => {
    expect(problemsOf(parseReferralRow({ ...referral, access_outcome: 'redirected' }))).toEqual([
      "assessment_completed_on: assessment follows only an access outcome of 'accepted' (here 'redirected')",
    ]);
    expect(problemsOf(parseReferralRow({ ...referral, access_completed_on: '', access_outcome: '' }))).toEqual([
      'assessment_completed_on: assessment follows only a completed access (access_completed_on is empty)',
    ]);
  });

  it('keeps dates in pathway order: birth ≤ received ≤ access ≤ assessment ≤ discharge', () => {
    expect(problemsOf(parseReferralRow({ ...referral, date_of_birth: '2018-03-21' }))).toEqual(['date_of_birth: 2018-03-21 is after received_on (2018-03-20)']);
    expect(problemsOf(parseReferralRow({ ...referral, access_completed_on: '2018-03-19' }))).toEqual([
      'access_completed_on: 2018-03-19 is before received_on (2018-03-20); dates must follow the pathway order',
    ]);
    expect(problemsOf(parseReferralRow({ ...referral, assessment_completed_on: '2018-04-30' }))).toEqual([
      'assessment_completed_on: 2018-04-30 is before access_completed_on (2018-05-01); dates must follow the pathway order',
    ]);
    expect(problemsOf(parseReferralRow({ ...referral, discharged_on: '2018-05-31' }))).toEqual([
      'discharged_on: 2018-05-31 is before assessment_completed_on (2018-06-01); dates must follow the pathway order',
    ]);
  });

  it('accepts a historical extract and a birth date on the day of receipt (never compared with today)', () => {
    expect(parseReferralRow({ ...referral, date_of_birth: '2018-03-20' }).problems).toEqual([]);
  });
});

describe('PTL extract: waits.csv and appointments.csv rows', () => {
  const lists = ['ADOS', 'Neurodevelopmental', 'Treatment'];
  const wait: Cells = { wait_id: 'W1', referral_id: 'R1', list: 'neurodevelopmental', added_on: '2018-06-01', started_on: '', removed_on: '' };

  it('matches list names case-insensitively and names the known lists otherwise', () => {
    expect(parseWaitRow(wait, lists).record?.list).toBe('Neurodevelopmental');
    expect(problemsOf(parseWaitRow({ ...wait, list: 'Astrology' }, lists))).toEqual(["list: unknown waiting list 'Astrology'; the lists are: ADOS, Neurodevelopmental, Treatment"]);
  });

  it('ends a wait once, not before it began', () => {
    expect(problemsOf(parseWaitRow({ ...wait, started_on: '2018-07-01', removed_on: '2018-07-02' }, lists))).toEqual([
      'removed_on: a wait ends once: either started_on or removed_on, not both',
    ]);
    expect(problemsOf(parseWaitRow({ ...wait, started_on: '2018-05-31' }, lists))).toEqual([
      'started_on: 2018-05-31 is before added_on (2018-06-01); dates must follow the pathway order',
    ]);
  });

  it('needs the referral in referrals.csv, accepted at assessment, and no wait before the assessment', () => {
    const record = parseWaitRow(wait, lists).record;
    if (!record) throw new Error('expected a record');
    expect(waitAgainstReferral(record, undefined)).toEqual([{ column: 'referral_id', message: "referral 'R1' is not in referrals.csv" }]);
    expect(waitAgainstReferral(record, { assessmentOutcome: 'discharged', assessmentCompletedOn: '2018-06-01' })).toEqual([
      { column: 'referral_id', message: "referral 'R1' was not accepted at assessment (assessment_outcome must be 'accepted')" },
    ]);
    expect(waitAgainstReferral(record, { assessmentOutcome: 'accepted', assessmentCompletedOn: '2018-06-02' })).toEqual([
      { column: 'added_on', message: "2018-06-01 is before the referral's assessment_completed_on (2018-06-02)" },
    ]);
    expect(waitAgainstReferral(record, { assessmentOutcome: 'accepted', assessmentCompletedOn: '2018-06-01' })).toEqual([]);
  });

  it('reads appointments, case-insensitively, and checks the referral and the wait they name', () => {
    const parsed = parseAppointmentRow({ appointment_id: 'A1', referral_id: 'R1', wait_id: 'W1', date: '2018-07-01', kind: 'Duty-Review', status: 'DNA' });
    expect(parsed.record).toEqual({ appointmentId: 'A1', referralId: 'R1', waitId: 'W1', date: '2018-07-01', kind: 'duty-review', status: 'dna' });
    expect(problemsOf(parseAppointmentRow({ appointment_id: 'A1', referral_id: 'R1', date: '', kind: 'phone', status: 'maybe' }))).toEqual([
      'date: is required',
      "kind: 'phone' is not one of: access, assessment, treatment, duty-review, other",
      "status: 'maybe' is not one of: booked, attended, dna, cancelled",
    ]);
    const record = parsed.record;
    if (!record) throw new Error('expected a record');
    expect(appointmentAgainstOthers(record, false, undefined)).toEqual([
      { column: 'referral_id', message: "referral 'R1' is not in referrals.csv" },
      { column: 'wait_id', message: "wait 'W1' is not in waits.csv" },
    ]);
    expect(appointmentAgainstOthers(record, true, 'R2')).toEqual([{ column: 'wait_id', message: "wait 'W1' belongs to another referral ('R2')" }]);
    expect(appointmentAgainstOthers(record, true, 'R1')).toEqual([]);
  });
});

describe('PTL extract: stage of an imported referral', () => {
  const base = parseReferralRow(referral).record;
  if (!base) throw new Error('expected a record');
  const none = { ...base, accessCompletedOn: null, accessOutcome: null, assessmentCompletedOn: null, assessmentOutcome: null, dischargedOn: null };

  it('takes the latest recorded step', () => {
    expect(stageOfExtractReferral(none, false)).toBe('access');
    expect(stageOfExtractReferral(none, true)).toBe('assessment');
    expect(stageOfExtractReferral({ ...none, accessCompletedOn: '2018-05-01', accessOutcome: 'accepted' }, false)).toBe('assessment');
    expect(stageOfExtractReferral({ ...none, accessCompletedOn: '2018-05-01', accessOutcome: 'redirected' }, false)).toBe('redirected');
    expect(stageOfExtractReferral(base, false)).toBe('accepted');
    expect(stageOfExtractReferral({ ...base, dischargedOn: '2018-09-01' }, false)).toBe('discharged');
  });
});
