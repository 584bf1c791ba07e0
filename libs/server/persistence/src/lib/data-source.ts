import { types } from 'pg';
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
import { RedactingSqlLogger } from './redacting-sql-logger';

export const ENTITIES = [AreaEntity, TeamEntity, ChildEntity, ReferralEntity, LetterEntity, OutboxMessageEntity, AppUserEntity, UserSessionEntity, AuditEventEntity, WaitingListEntity, WaitEntity, AppointmentEntity];

/** The role the api and worker act as (created by migration RuntimeRole1763900000001). */
export const RUNTIME_ROLE = 'camhs_app';

export interface DataSourceOpts {
  logSql?: boolean;
  poolSize?: number;
  /** Act as RUNTIME_ROLE on every connection (api, worker); migrations and tests' fixtures do not. */
  asRuntimeRole?: boolean;
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
    extra: { max: opts.poolSize ?? 10, connectionTimeoutMillis: 5000, ...(opts.asRuntimeRole ? { options: `-c role=${RUNTIME_ROLE}` } : {}) },
  };
}

export function createDataSource(databaseUrl: string, opts: DataSourceOpts = {}): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl, opts));
}

// A DATE column is a calendar date, not an instant: keep it as 'YYYY-MM-DD' rather than letting
// the driver turn it into a Date at local midnight (which shifts across time zones).
types.setTypeParser(types.builtins.DATE, (v: string) => v);
