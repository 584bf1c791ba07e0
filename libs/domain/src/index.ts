/**
 * @camhs/domain — the service's rules as pure TypeScript: calendar dates, the NHS number check,
 * the referral pathway's clocks, the Duty system, the intervention panel's allocation rules. No framework imports (enforced by lint); safe to use in the browser.
 */
export * from './lib/time/calendar-date';
export * from './lib/time/clock';
export * from './lib/identity/nhs-number';
export * from './lib/pathway/access-target';
export * from './lib/pathway/referral-intake';
export * from './lib/identity/roles';
export * from './lib/identity/record-scope';
export * from './lib/identity/session-lifetime';
export * from './lib/identity/sign-in-lockout';
export * from './lib/identity/password-rules';
export * from './lib/pathway/transition';
export * from './lib/pathway/referral-pathway';
export * from './lib/pathway/wait';
export * from './lib/pathway/appointment';
export * from './lib/pathway/point-in-time';
export * from './lib/pathway/clock-checkpoints';
export * from './lib/reporting/report-units';
export * from './lib/ptl/extract-columns';
export * from './lib/ptl/extract-rows';
export * from './lib/ptl/extract-stage';
export * from './lib/duty/review-cadence';
export * from './lib/duty/duty-plan';
export * from './lib/duty/risk-assessment';
export * from './lib/reporting/report-schedule';
export * from './lib/panels/money';
export * from './lib/panels/financial-year';
export * from './lib/panels/catalogue';
export * from './lib/panels/allocation';
export * from './lib/panels/panel-case';
export * from './lib/panels/sittings';
export * from './lib/panels/outcome-review';
export * from './lib/panels/cost-avoided';
export * from './lib/panels/panel-scope';
