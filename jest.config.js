// Unit tier: every project's *.spec.ts (no I/O). `npm run test:unit`; per project: `nx test <name>`.
module.exports = {
  projects: [
    '<rootDir>/libs/domain/jest.config.js',
    '<rootDir>/libs/shared/contracts/jest.config.js',
    '<rootDir>/libs/server/config/jest.config.js',
    '<rootDir>/libs/server/persistence/jest.config.js',
    '<rootDir>/libs/server/queues/jest.config.js',
    '<rootDir>/libs/server/application/jest.config.js',
    '<rootDir>/libs/server/testing/jest.config.js',
    '<rootDir>/apps/api/jest.config.js',
    '<rootDir>/apps/worker/jest.config.js',
    '<rootDir>/apps/cli/jest.config.js',
    '<rootDir>/apps/web/jest.config.js',
    '<rootDir>/tools/jest.config.js',
  ],
};
