module.exports = {
  displayName: 'persistence',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/server/persistence',
};
