/**
 * @camhs/domain — the service's rules as pure TypeScript: calendar dates, the NHS number check,
 * the referral pathway's clocks. No framework imports (enforced by lint); safe to use in the browser.
 */
export * from './lib/time/calendar-date';
export * from './lib/time/clock';
export * from './lib/identity/nhs-number';
export * from './lib/pathway/access-target';
export * from './lib/pathway/referral-intake';
