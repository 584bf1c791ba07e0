/** `9434765919` → `943 476 5919`, the way NHS numbers are written; other values unchanged. */
export function formatNhsNumber(value: string | null | undefined): string {
  if (!value) return '';
  const digits = value.replace(/\s+/g, '');
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value;
}
