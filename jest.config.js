/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The python client's virtualenv (.ci/run makes it): thousands of files no test imports.
  modulePathIgnorePatterns: ['<rootDir>/test/python/.venv'],
  transform: {
    // Type checking is `npm run check`'s job; tests only transpile (decorator metadata included).
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
