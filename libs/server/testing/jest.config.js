module.exports = {
  displayName: 'server-testing',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/server/testing',
};
