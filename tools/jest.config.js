module.exports = {
  displayName: 'tools',
  preset: '../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/lint/**/*.spec.ts', '<rootDir>/dev/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
