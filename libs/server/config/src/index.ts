/**
 * @camhs/config — the only reader of process.env. Parses and validates the environment once at
 * start-up into a typed, frozen AppConfig; a bad value stops the process with the variable named.
 */
export * from './lib/app-config';
export * from './lib/config.module';
