module.exports = {
  displayName: 'config',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/server/config',
};
