module.exports = {
  displayName: 'application',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/server/application',
};
