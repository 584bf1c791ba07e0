module.exports = {
  displayName: 'queues',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/server/queues',
};
