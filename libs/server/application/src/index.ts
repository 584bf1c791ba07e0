/**
 * @camhs/application — use cases. Each class owns its transaction and writes its outbox rows in
 * it; http controllers, job processors and CLI commands are thin adapters over these classes.
 */
export * from './lib/common/errors';
export * from './lib/common/clock.provider';
export * from './lib/referrals/register-referral';
export * from './lib/referrals/acknowledge-referral';
export * from './lib/referrals/referral-queries';
export * from './lib/referrals/referral-timeline';
export * from './lib/reference-data/reference-data-queries';
export * from './lib/outbox/outbox-writer';
export * from './lib/outbox/outbox-relay';
export * from './lib/audit/audit-log';
export * from './lib/audit/audit-queries';
export * from './lib/identity/actor';
export * from './lib/identity/password-hasher';
export * from './lib/identity/session-store';
export * from './lib/identity/sign-in';
export * from './lib/identity/create-user';
export * from './lib/identity/demo-users';
export * from './lib/identity/scope-sql';
export * from './lib/referrals/progress-referral';
export * from './lib/referrals/waits-and-appointments';
export * from './lib/referrals/change-referral';
export * from './lib/referrals/stage-work';
export * from './lib/clocks/clock-flags';
export * from './lib/duty/duty-schedule';
export * from './lib/duty/risk-assessments';
export * from './lib/duty/meeting-agenda';
export * from './lib/ptl/extract-reader';
export * from './lib/ptl/import-ptl-extract';
export * from './lib/ptl/export-ptl-extract';
export * from './lib/demo/demo-profile';
export * from './lib/demo/demo-service';
export * from './lib/demo/demo-extract';
export * from './lib/demo/seed-demo-data';
export * from './lib/reports/ptl-report-queries';
export * from './lib/reports/ptl-report-sections';
export * from './lib/reports/ptl-report-figures';
export * from './lib/reports/ptl-report-files';
export * from './lib/reports/ptl-report-xlsx';
export * from './lib/reports/ptl-report-pdf';
export * from './lib/reports/report-snapshots';
