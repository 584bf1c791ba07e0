const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The browser's check of a child ID before asking the API (which checks again and wins). */
export function childIdProblem(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return 'Enter the child ID';
  if (!UUID.test(trimmed)) {
    return 'Enter the child ID in the correct format: 32 letters and numbers in groups separated by hyphens';
  }
  return null;
}
