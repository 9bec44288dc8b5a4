// The SDK's notice that its 2027 releases will need Node 22 is noise in test output
// (the lockfile pins a release that supports Node 20); workers inherit this.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// Three projects so a newcomer can run one kind alone: `npx jest --selectProjects unit`.
// @swc/jest strips types only; `npm run typecheck` is the type check. The status page's
// .tsx files render with hono/jsx (JSX to an escaped string), as tsconfig.json says.
const swc = (tsx) => ['@swc/jest', {
  jsc: { parser: { syntax: 'typescript', tsx }, target: 'es2022', transform: { react: { runtime: 'automatic', importSource: 'hono/jsx' } } },
  module: { type: 'commonjs' },
}];
const transform = { '^.+\\.ts$': swc(false), '^.+\\.tsx$': swc(true) };
const common = { transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/**/*.test.ts'], testPathIgnorePatterns: ['\\.int\\.test\\.ts$', '<rootDir>/test/cdk/'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/test/**/*.int.test.ts'] },
    { ...common, displayName: 'cdk', testMatch: ['<rootDir>/test/cdk/**/*.test.ts'] },
  ],
};
