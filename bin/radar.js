#!/usr/bin/env node
'use strict';
// The SDK warns on every Node 20 start that its releases after January 2027 will need
// Node 22; the lockfile pins a release that supports 20, so the warning is only noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// The CLI is bundled by `npm run build` (run by `npm install` through `prepare`).
require('../dist/cli.js').runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
