import { types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import {
  AppUserEntity,
  AreaEntity,
  AuditEventEntity,
  ChildEntity,
  LetterEntity,
  OutboxMessageEntity,
  ReferralEntity,
  TeamEntity,
  UserSessionEntity,
} from './entities';
import { MIGRATIONS } from './migrations';
import { RedactingSqlLogger } from './redacting-sql-logger';

export const ENTITIES = [AreaEntity, TeamEntity, ChildEntity, ReferralEntity, LetterEntity, OutboxMessageEntity, AppUserEntity, UserSessionEntity, AuditEventEntity];

export function dataSourceOptions(databaseUrl: string, opts: { logSql?: boolean; poolSize?: number } = {}): DataSourceOptions {
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
    extra: { max: opts.poolSize ?? 10, connectionTimeoutMillis: 5000 },
  };
}

export function createDataSource(databaseUrl: string, opts: { logSql?: boolean; poolSize?: number } = {}): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl, opts));
}

// A DATE column is a calendar date, not an instant: keep it as 'YYYY-MM-DD' rather than letting
// the driver turn it into a Date at local midnight (which shifts across time zones).
types.setTypeParser(types.builtins.DATE, (v: string) => v);
