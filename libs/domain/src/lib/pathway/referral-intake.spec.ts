import { referralDateProblems } from './referral-intake';

describe('referral intake dates', () => {
  const today = '2026-11-22';

  it('accepts a child born before the referral, received today', () => {
    expect(referralDateProblems({ dateOfBirth: '2012-05-17', receivedOn: today }, today)).toEqual([]);
  });

  it('refuses a date of birth in the future', () => {
    expect(referralDateProblems({ dateOfBirth: '2026-11-23', receivedOn: today }, today)).toContainEqual({
      field: 'dateOfBirth',
      message: 'date of birth must not be in the future',
    });
  });

  it('refuses a date of birth after the received date', () => {
    expect(referralDateProblems({ dateOfBirth: '2020-01-02', receivedOn: '2020-01-01' }, today)).toEqual([
      { field: 'dateOfBirth', message: 'date of birth must not be after the received date' },
    ]);
  });

  it('refuses a received date in the future', () => {
    expect(referralDateProblems({ dateOfBirth: '2012-05-17', receivedOn: '2026-11-23' }, today)).toEqual([
      { field: 'receivedOn', message: 'received date must not be in the future' },
    ]);
  });

  it('leaves malformed dates to the format check (no double report)', () => {
    expect(referralDateProblems({ dateOfBirth: '17/05/2012', receivedOn: '2026-02-30' }, today)).toEqual([]);
  });
});
