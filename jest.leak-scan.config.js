// The leak scan (`npm test`'s last tier, tools/test/pii-leak.scan-spec.ts): looks for the test children's
// names and NHS numbers in the run's logs, Redis keys and PostgreSQL queue tables. It needs the data the
// tiers kept (KEEP_TEST_DATA=1), so it only makes sense from tools/test/run-all.mjs.
const preset = require('./jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'leak scan',
  resolver: undefined,
  rootDir: '.',
  roots: ['<rootDir>/tools/test'],
  testMatch: ['<rootDir>/tools/test/pii-leak.scan-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 180_000,
};
