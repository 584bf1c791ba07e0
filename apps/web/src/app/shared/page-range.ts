/** Where one page sits in a paged list (the numbers of `Page<T>` from the API). */
export interface PagePosition {
  page: number;
  pageSize: number;
  total: number;
}

export interface PageRange {
  /** 1-based position of the first and last item shown; both 0 when there are none. */
  first: number;
  last: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

export function pageRange({ page, pageSize, total }: PagePosition): PageRange {
  const last = Math.min(page * pageSize, total);
  return {
    first: total === 0 ? 0 : (page - 1) * pageSize + 1,
    last,
    hasPrevious: page > 1,
    hasNext: last < total,
  };
}
