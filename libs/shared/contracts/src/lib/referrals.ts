import { IsoDate, IsoDateTime } from './common';

export const URGENCIES = ['routine', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const REFERRER_TYPES = ['gp', 'school', 'social-care', 'paediatrician', 'parent', 'self', 'other'] as const;
export type ReferrerType = (typeof REFERRER_TYPES)[number];

/** POST /api/referrals */
export interface RegisterReferralRequest {
  givenName: string;
  familyName: string;
  dateOfBirth: IsoDate;
  /** 10 digits, spaces allowed; must pass the Modulus 11 check. Omit or null when not known. */
  nhsNumber?: string | null;
  /** Area code, e.g. `rutland` (see GET /api/reference-data). */
  area: string;
  /** Team code, e.g. `generic-outpatient`. */
  team: string;
  referrerType: ReferrerType;
  urgency: Urgency;
  receivedOn: IsoDate;
}

export interface ReferralView {
  id: string;
  childId: string;
  givenName: string;
  familyName: string;
  dateOfBirth: IsoDate;
  nhsNumber: string | null;
  area: string;
  team: string;
  referrerType: ReferrerType;
  urgency: Urgency;
  receivedOn: IsoDate;
  /** Received + 28 days (urgent) or + 91 days (routine). */
  accessDeadline: IsoDate;
  /** Set by the worker once the three acknowledgement letters are recorded. */
  acknowledgedAt: IsoDateTime | null;
  version: number;
  createdAt: IsoDateTime;
}

/** GET /api/referrals query */
export interface ListReferralsQuery {
  page?: number;
  pageSize?: number;
  area?: string;
  team?: string;
  urgency?: Urgency;
}
