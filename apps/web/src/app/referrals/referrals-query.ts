import { ListReferralsQuery, Urgency } from '@camhs/contracts';

/** What the referrals list is showing: filters (empty string = any) and the page. */
export interface ReferralsQuery {
  page: number;
  pageSize: number;
  area: string;
  team: string;
  urgency: Urgency | '';
}

export type ReferralsFilters = Pick<ReferralsQuery, 'area' | 'team' | 'urgency'>;

export const FIRST_PAGE: ReferralsQuery = { page: 1, pageSize: 20, area: '', team: '', urgency: '' };

/** The API query for what is on screen; "any" filters are left out. */
export function toListQuery(query: ReferralsQuery): ListReferralsQuery {
  return {
    page: query.page,
    pageSize: query.pageSize,
    ...(query.area ? { area: query.area } : {}),
    ...(query.team ? { team: query.team } : {}),
    ...(query.urgency ? { urgency: query.urgency } : {}),
  };
}

/** The page number in an address (`?page=3`); anything that is not a whole number from 1 means the first page. */
export function pageFromAddress(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}
