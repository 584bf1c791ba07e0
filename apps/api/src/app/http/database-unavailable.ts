/**
 * SQLSTATEs that mean the database could not be reached or dropped the connection, not that the
 * request was wrong: the connection-exception class (08…), an administrator or crash shutdown
 * (57P01, 57P02), a server starting up or shutting down (57P03), too many connections (53300).
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const CONNECTION_EXCEPTION_CLASS = '08';

/** Socket errors of the driver when the server is gone or unreachable. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * What the driver and the pool say without a SQLSTATE: the server hung up, the pool could not get a
 * connection in time, a database that refuses connections (SQLSTATE 55000 is too broad to use alone).
 */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /is not currently accepting connections/i,
];

/**
 * TypeORM's refusal to go on with a transaction whose connection the pool has already dropped (the
 * server cut it): the same outage, seen one query later.
 */
const RELEASED_CONNECTION_ERRORS = new Set(['QueryRunnerProviderAlreadyReleasedError', 'QueryRunnerAlreadyReleasedError']);

interface ErrorFields {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
}

/**
 * Whether `error` means the database is unavailable (the API should answer 503 and the client try
 * again), rather than a fault in the request or the code. TypeORM's QueryFailedError carries the
 * driver's error as `driverError`; it is looked at too.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as ErrorFields;
  if (typeof e.name === 'string' && RELEASED_CONNECTION_ERRORS.has(e.name)) return true;
  if (typeof e.code === 'string') {
    if (UNAVAILABLE_SQLSTATES.has(e.code) || NETWORK_CODES.has(e.code)) return true;
    if (/^[0-9A-Z]{5}$/.test(e.code) && e.code.startsWith(CONNECTION_EXCEPTION_CLASS)) return true;
  }
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(e.message as string))) return true;
  return e.driverError !== undefined && e.driverError !== error && isDatabaseUnavailable(e.driverError);
}
