import { Client, ClientConfig, types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import {
  AppUserEntity,
  AppointmentEntity,
  AreaEntity,
  AuditEventEntity,
  ChildEntity,
  LetterEntity,
  OutboxMessageEntity,
  ReferralEntity,
  TeamEntity,
  UserSessionEntity,
  WaitEntity,
  WaitingListEntity,
} from './entities';
import { MIGRATIONS } from './migrations';
import { RedactingSqlLogger, redactSqlMessage } from './redacting-sql-logger';

export const ENTITIES = [AreaEntity, TeamEntity, ChildEntity, ReferralEntity, LetterEntity, OutboxMessageEntity, AppUserEntity, UserSessionEntity, AuditEventEntity, WaitingListEntity, WaitEntity, AppointmentEntity];

/** The role the api and worker act as (created by migration RuntimeRole1763900000001). */
export const RUNTIME_ROLE = 'camhs_app';

export interface DataSourceOpts {
  logSql?: boolean;
  poolSize?: number;
  /** Act as RUNTIME_ROLE on every connection (api, worker); migrations and tests' fixtures do not. */
  asRuntimeRole?: boolean;
}

/**
 * A pg client that always has an 'error' listener. The server may cut a connection at any moment
 * (restart, failover, pg_terminate_backend) and the driver then emits 'error' on the client; the pool
 * listens only while the client is idle and TypeORM only while it holds it, so an error that reached a
 * client between the two ended the whole process (Node throws an 'error' event nobody listens to). The
 * fault suite (`npm run chaos`) saw workers die of it. A running query still gets its error, and the
 * pool still drops the broken client; this listener only keeps the process alive.
 */
export class ListenedClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', (e: Error) => console.error(`[sql] warn: connection lost: ${redactSqlMessage(e.message)}`));
  }
}

/**
 * Settings of every session the app opens. JIT compilation off: PostgreSQL compiles a statement whose
 * estimated cost passes `jit_above_cost`, which for the duty list of a team of 5,000 added 55 ms of
 * compiling to an 8 ms query on every read; the app's statements are short, and the long report
 * queries were measured no slower without it (docs/benchmarks.md).
 */
function sessionOptions(asRuntimeRole: boolean | undefined): string {
  return ['-c jit=off', ...(asRuntimeRole ? [`-c role=${RUNTIME_ROLE}`] : [])].join(' ');
}

export function dataSourceOptions(databaseUrl: string, opts: DataSourceOpts = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: true,
    logger: new RedactingSqlLogger(opts.logSql ?? false),
    extra: { max: opts.poolSize ?? 10, connectionTimeoutMillis: 5000, Client: ListenedClient, options: sessionOptions(opts.asRuntimeRole) },
  };
}

export function createDataSource(databaseUrl: string, opts: DataSourceOpts = {}): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl, opts));
}

// A DATE column is a calendar date, not an instant: keep it as 'YYYY-MM-DD' rather than letting
// the driver turn it into a Date at local midnight (which shifts across time zones).
types.setTypeParser(types.builtins.DATE, (v: string) => v);
