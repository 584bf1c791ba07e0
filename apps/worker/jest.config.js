module.exports = {
  displayName: 'worker',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/apps/worker',
};
