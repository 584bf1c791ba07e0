/**
 * @camhs/persistence — TypeORM entities, hand-written migrations (synchronize is never on) and the
 * data source. Entities are storage shapes, not API types; the application lib maps them.
 */
export * from './lib/entities';
export * from './lib/data-source';
export * from './lib/migration-status';
export * from './lib/ensure-database';
export * from './lib/redacting-sql-logger';
export { MIGRATIONS } from './lib/migrations';
