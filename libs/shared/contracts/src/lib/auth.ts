import type { Role } from '@camhs/domain';
import type { IsoDateTime } from './common';

export interface SignInRequest {
  username: string;
  password: string;
}

export interface TeamMembershipView {
  code: string;
  name: string;
  /** `camhs` for clinical teams, `council` for the council's inclusion panel. */
  service: 'camhs' | 'council';
}

export interface SignedInUserView {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  teams: TeamMembershipView[];
}

/**
 * The caller's session (answer to sign-in and to `GET /api/auth/session`). Send `csrfToken` back in
 * the `X-XSRF-TOKEN` header on every write; it is also set as the readable `XSRF-TOKEN` cookie.
 */
export interface SessionView {
  user: SignedInUserView;
  csrfToken: string;
  /** When the session ends if it is not used again (idle limit or absolute limit, whichever is first). */
  expiresAt: IsoDateTime;
}

/** Names of the cookies and header the API uses. */
export const SESSION_COOKIE = 'camhs_session';
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
