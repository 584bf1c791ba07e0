// Unit tests of the web app's plain functions (URL safety, polling rule, input checks). Angular's
// packages ship as ES modules, so they are transformed too (SWC, as in jest.preset.js).
module.exports = {
  displayName: 'web',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/apps/web',
  transform: {
    '^.+\\.m?[tj]s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  moduleFileExtensions: ['ts', 'mjs', 'js', 'json'],
  transformIgnorePatterns: ['node_modules/(?!(@angular|rxjs)/)'],
  setupFiles: ['<rootDir>/jest.setup.ts'],
};
