import { DatabaseError } from 'pg';
import { QueryFailedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

/** An error as the pg driver raises it from a server message: the SQLSTATE in `code`. */
function serverError(code: string, message: string): DatabaseError {
  return Object.assign(new DatabaseError(message, 0, 'error'), { code });
}

/** As TypeORM wraps a failed query: QueryFailedError copies the driver error's fields and keeps it as driverError. */
function failedQuery(driverError: Error): QueryFailedError {
  return new QueryFailedError('SELECT 1', [], driverError);
}

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection cut by pg_terminate_backend (57P01)', failedQuery(serverError('57P01', 'terminating connection due to administrator command'))],
    ['server crash shutdown (57P02)', failedQuery(serverError('57P02', 'terminating connection because of crash of another server process'))],
    ['server starting up (57P03)', serverError('57P03', 'the database system is starting up')],
    ['too many connections (53300)', serverError('53300', 'sorry, too many clients already')],
    ['connection failure (08006)', serverError('08006', 'connection failure')],
    ['database refusing connections (55000, by its message)', serverError('55000', 'database "camhs" is not currently accepting connections')],
    ['the server hung up mid-query', failedQuery(new Error('Connection terminated unexpectedly'))],
    ['the pool timed out getting a connection', new Error('timeout exceeded when trying to connect')],
    ['the server refused the socket', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a transaction going on after its connection was dropped', new QueryRunnerProviderAlreadyReleasedError()],
  ])('is true for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', failedQuery(serverError('23505', 'duplicate key value violates unique constraint "letter_once_per_recipient"'))],
    ['a check violation (23514)', failedQuery(serverError('23514', 'new row for relation "referral" violates check constraint'))],
    ['a lock not available (55P03)', serverError('55P03', 'could not obtain lock on row')],
    ['another 55000 (object not in prerequisite state)', serverError('55000', 'cannot refresh materialized view concurrently')],
    ['a syntax error (42601)', failedQuery(serverError('42601', 'syntax error at or near "SELEC"'))],
    ['a plain programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a string thrown', 'Connection terminated'],
    ['nothing', undefined],
  ])('is false for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
