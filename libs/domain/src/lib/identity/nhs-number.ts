/**
 * NHS number: 10 digits, the last a Modulus 11 check digit. Weights 10..2 on the first nine
 * digits; check = 11 − (sum mod 11); 11 → 0; 10 → the number is invalid.
 * People write it with spaces (`943 476 5919`); we accept spaces and store digits only.
 */

/** Digits only, or null when the value is not 10 digits once spaces are removed. */
export function normaliseNhsNumber(value: string): string | null {
  const digits = value.replace(/\s+/g, '');
  return /^\d{10}$/.test(digits) ? digits : null;
}

export function nhsNumberCheckDigit(firstNine: string): number | null {
  if (!/^\d{9}$/.test(firstNine)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

export function isValidNhsNumber(value: string): boolean {
  const digits = normaliseNhsNumber(value);
  if (digits === null) return false;
  return nhsNumberCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

/** Why a value is not an NHS number, in words a clinician can act on; null when it is valid. */
export function nhsNumberProblem(value: string): string | null {
  if (normaliseNhsNumber(value) === null) return 'NHS number must be 10 digits (spaces are allowed)';
  if (!isValidNhsNumber(value)) return 'NHS number is not valid: its check digit does not match (Modulus 11)';
  return null;
}
