/** Minimum length of a password (length beats composition rules: NCSC password guidance). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** Why a new password is not acceptable, or null. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (password.toLowerCase().includes(username.toLowerCase())) return 'must not contain the username';
  return null;
}

/** Usernames: lower-case letters, digits, dot, hyphen, underscore; 3–64 characters. */
export function usernameProblem(username: string): string | null {
  return /^[a-z0-9][a-z0-9._-]{2,63}$/.test(username)
    ? null
    : 'must be 3–64 characters: lower-case letters, digits, dot, hyphen or underscore, starting with a letter or digit';
}
