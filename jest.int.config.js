// Integration tier: *.int-spec.ts against the real PostgreSQL and Redis (or the embedded fallbacks).
// One fresh database and Redis key prefix per run, dropped afterwards; run with --runInBand.
const preset = require('./jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'integration',
  resolver: undefined,
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  testMatch: ['**/*.int-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/tools/test/int-global-setup.js',
  globalTeardown: '<rootDir>/tools/test/int-global-teardown.js',
  testTimeout: 60_000,
  moduleNameMapper: {
    '^@camhs/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@camhs/contracts$': '<rootDir>/libs/shared/contracts/src/index.ts',
    '^@camhs/config$': '<rootDir>/libs/server/config/src/index.ts',
    '^@camhs/persistence$': '<rootDir>/libs/server/persistence/src/index.ts',
    '^@camhs/queues$': '<rootDir>/libs/server/queues/src/index.ts',
    '^@camhs/application$': '<rootDir>/libs/server/application/src/index.ts',
    '^@camhs/server-testing$': '<rootDir>/libs/server/testing/src/index.ts',
  },
};
