import { ACCESS_OUTCOMES, APPOINTMENT_KINDS, APPOINTMENT_STATUSES, RAG_RATINGS, REFERRAL_STAGES } from '@camhs/contracts';
import {
  ACCESS_OUTCOME_LABELS,
  APPOINTMENT_KIND_LABELS,
  APPOINTMENT_STATUS_LABELS,
  RAG_LABELS,
  STAGE_LABELS,
  clockFlagText,
  weeksText,
} from './referral-detail-labels';
import { aWait } from './referral-view.testing';

describe('labels', () => {
  it('has words for every stage, outcome, appointment kind and status the API sends', () => {
    expect(REFERRAL_STAGES.map((s) => STAGE_LABELS[s])).toEqual([
      'Waiting for access',
      'In assessment',
      'Accepted into the service',
      'Redirected at access',
      'Returned to the referrer',
      'Discharged',
    ]);
    expect(ACCESS_OUTCOMES.map((o) => ACCESS_OUTCOME_LABELS[o])).toEqual(['Accepted for assessment', 'Redirected to another agency', 'Returned to the referrer']);
    expect(APPOINTMENT_KINDS.map((k) => APPOINTMENT_KIND_LABELS[k])).toEqual(['Access', 'Assessment', 'Treatment', 'Duty review', 'Other']);
    expect(APPOINTMENT_STATUSES.map((s) => APPOINTMENT_STATUS_LABELS[s])).toEqual(['Booked', 'Attended', 'Did not attend (DNA)', 'Cancelled']);
  });

  it('writes every RAG rating in words, its colour only repeating them', () => {
    expect(RAG_RATINGS.map((r) => [RAG_LABELS[r].text, RAG_LABELS[r].tagClass])).toEqual([
      ['Red (high risk)', 'nhsuk-tag--red'],
      ['Amber (medium risk)', 'nhsuk-tag--orange'],
      ['Green (low risk)', 'nhsuk-tag--green'],
    ]);
  });

  it('says weeks in the singular for one', () => {
    expect([weeksText(0), weeksText(1), weeksText(13)]).toEqual(['0 weeks', '1 week', '13 weeks']);
  });
});

describe('clockFlagText', () => {
  const waits = [aWait({ id: 'w-ados', list: 'ADOS' })];

  it('names the clock, its state, the list for a wait, and the target date', () => {
    expect(clockFlagText({ clock: 'access', state: 'breached', waitId: null, targetOn: '2026-12-01', flaggedAt: '2026-12-02T02:00:00Z' }, waits)).toBe(
      'Access target breached (target 1 Dec 2026)',
    );
    expect(clockFlagText({ clock: 'rtt13', state: 'approaching', waitId: 'w-ados', targetOn: '2027-01-04', flaggedAt: '2026-12-21T02:00:00Z' }, waits)).toBe(
      '13-week wait approaching on the ADOS list (target 4 Jan 2027)',
    );
    expect(clockFlagText({ clock: 'rtt18', state: 'breached', waitId: 'w-unknown', targetOn: '2027-02-08', flaggedAt: '2027-02-09T02:00:00Z' }, waits)).toBe(
      '18-week wait breached (target 8 Feb 2027)',
    );
  });
});
