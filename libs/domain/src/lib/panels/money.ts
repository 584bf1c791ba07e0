/**
 * Money in whole pence (integers), never floating-point pounds: £11.26 is 1126. Sums and products
 * stay exact as long as they stay below Number.MAX_SAFE_INTEGER (about £90 trillion), which every
 * function here checks rather than assumes.
 */
export type Pence = number;

/** A whole, non-negative number of pence. */
export function isPence(value: unknown): value is Pence {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** `count` × `each`, exactly; throws when either is not a whole number or the product is not exact. */
export function timesPence(count: number, each: Pence): Pence {
  if (!Number.isSafeInteger(count) || !Number.isSafeInteger(each)) throw new RangeError(`pence arithmetic needs whole numbers (got ${count} × ${each})`);
  const product = count * each;
  if (!Number.isSafeInteger(product)) throw new RangeError(`${count} × ${each} pence is too large to hold exactly`);
  return product;
}

/** The sum of whole pence, exactly. */
export function sumPence(values: readonly Pence[]): Pence {
  let total = 0;
  for (const v of values) {
    if (!Number.isSafeInteger(v)) throw new RangeError(`pence arithmetic needs whole numbers (got ${v})`);
    total += v;
    if (!Number.isSafeInteger(total)) throw new RangeError('the sum is too large to hold exactly');
  }
  return total;
}

/** `£356,795.80`, `-£12.05`: pounds with thousands separators and two decimal places, from whole pence only. */
export function formatPounds(pence: Pence): string {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`not a whole number of pence: ${pence}`);
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}£${pounds}.${String(abs % 100).padStart(2, '0')}`;
}
