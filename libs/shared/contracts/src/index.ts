/**
 * @camhs/contracts — the JSON shapes exchanged over HTTP between apps/api and apps/web.
 * Types and constant lists only: no framework, no behaviour. The API's DTO classes implement
 * these interfaces so the compiler keeps both sides in step.
 */
export * from './lib/common';
export * from './lib/referrals';
export * from './lib/health';
export * from './lib/reference-data';
export * from './lib/auth';
export * from './lib/audit';
export * from './lib/access-policy';
export * from './lib/ptl-report';
export * from './lib/ptl-figure-definitions';
export * from './lib/letters';
export * from './lib/duty';
export * from './lib/panels';
export * from './lib/panel-cases';
export * from './lib/panel-report';
