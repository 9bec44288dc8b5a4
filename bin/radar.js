#!/usr/bin/env node
'use strict';
// The CLI is bundled by `npm run build` (run by `npm install` through `prepare`).
require('../dist/cli.js').runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
