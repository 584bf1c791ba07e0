/**
 * `aria-describedby` for a form control whose hint and error message ids follow the field's id
 * (`<field>-hint`, `<field>-error`): the hint first, then the error; null when there is neither.
 */
export function describedBy(field: string, hasHint: boolean, hasErrors: boolean): string | null {
  const ids = [hasHint ? `${field}-hint` : null, hasErrors ? `${field}-error` : null].filter((id): id is string => id !== null);
  return ids.length > 0 ? ids.join(' ') : null;
}
