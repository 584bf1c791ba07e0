import { isValidNhsNumber, nhsNumberCheckDigit, nhsNumberProblem, normaliseNhsNumber } from './nhs-number';

describe('NHS number Modulus 11', () => {
  it('accepts a number whose check digit matches (worked by hand)', () => {
    // 943 476 591 → 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2
    //             = 90 + 36 + 24 + 28 + 42 + 30 + 20 + 27 + 2 = 299; 299 mod 11 = 2; 11 − 2 = 9
    expect(nhsNumberCheckDigit('943476591')).toBe(9);
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(nhsNumberProblem('9434765918')).toMatch(/check digit/);
  });

  it('maps a remainder of 0 to check digit 0 (11 → 0)', () => {
    // 401 023 213 → 4×10 + 0 + 1×8 + 0 + 2×6 + 3×5 + 2×4 + 1×3 + 3×2 = 40+8+12+15+8+3+6 = 92... 92 mod 11 = 4 → 7
    expect(nhsNumberCheckDigit('401023213')).toBe(7);
    // 000 000 000 → sum 0, 11 − 0 = 11 → 0
    expect(nhsNumberCheckDigit('000000000')).toBe(0);
    expect(isValidNhsNumber('0000000000')).toBe(true);
  });

  it('treats a check of 10 as invalid whatever the last digit', () => {
    // 000 000 001 → sum 1×2 = 2... 11 − 2 = 9; 000 000 010 → 1×3 = 3 → 8; need sum ≡ 1 (mod 11):
    // 100 000 000 → 1×10 = 10 → 11 − 10 = 1; 000 000 006 → 6×2 = 12 ≡ 1 → 11 − 1 = 10 → invalid
    expect(nhsNumberCheckDigit('000000006')).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidNhsNumber(`000000006${d}`)).toBe(false);
  });

  it('requires exactly ten digits once spaces are removed', () => {
    expect(normaliseNhsNumber(' 943 476 5919 ')).toBe('9434765919');
    expect(normaliseNhsNumber('943476591')).toBeNull();
    expect(normaliseNhsNumber('94347659190')).toBeNull();
    expect(normaliseNhsNumber('943-476-5919')).toBeNull();
    expect(nhsNumberProblem('12345')).toMatch(/10 digits/);
    expect(nhsNumberProblem('9434765919')).toBeNull();
  });
});
