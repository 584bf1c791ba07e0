import { ageInYears, describeAge } from './age';

describe('ageInYears', () => {
  it('counts a year only once the birthday has come', () => {
    // Born 17 May 2012: 2026 − 2012 = 14, less one the day before the birthday.
    expect(ageInYears('2012-05-17', '2026-05-16')).toBe(13);
    expect(ageInYears('2012-05-17', '2026-05-17')).toBe(14);
    expect(ageInYears('2012-05-17', '2026-12-31')).toBe(14);
    // A later month but an earlier day still counts the birthday as passed.
    expect(ageInYears('2012-05-17', '2026-06-01')).toBe(14);
  });

  it('gives a 29 February birthday on 1 March in years without one', () => {
    expect(ageInYears('2012-02-29', '2025-02-28')).toBe(12);
    expect(ageInYears('2012-02-29', '2025-03-01')).toBe(13);
    // In a leap year the birthday itself comes on 29 February.
    expect(ageInYears('2012-02-29', '2024-02-28')).toBe(11);
    expect(ageInYears('2012-02-29', '2024-02-29')).toBe(12);
  });

  it('is 0 on the day of birth and null for a birth after the day or a date that is not real', () => {
    expect(ageInYears('2026-11-22', '2026-11-22')).toBe(0);
    expect(ageInYears('2026-11-23', '2026-11-22')).toBeNull();
    expect(ageInYears('2013-02-29', '2026-11-22')).toBeNull();
    expect(ageInYears('', '2026-11-22')).toBeNull();
  });
});

describe('describeAge', () => {
  it('says years, in the singular for one', () => {
    expect(describeAge('2015-03-04', '2026-11-22')).toBe('11 years');
    expect(describeAge('2025-03-04', '2026-11-22')).toBe('1 year');
    expect(describeAge('2027-01-01', '2026-11-22')).toBe('Not known');
  });
});
