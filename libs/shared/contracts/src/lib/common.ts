/** A calendar date in the service's time zone, `YYYY-MM-DD`. */
export type IsoDate = string;
/** An instant, ISO 8601 with offset, e.g. `2026-11-22T09:15:00.000Z`. */
export type IsoDateTime = string;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** One offending field in a rejected request. `field` uses dotted paths for nested values. */
export interface FieldError {
  field: string;
  messages: string[];
}

/** Body of every 400 answer caused by invalid input. */
export interface ValidationErrorBody {
  statusCode: 400;
  error: 'Bad Request';
  message: string;
  errors: FieldError[];
}

/** Body of every other 4xx/5xx answer. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
}
