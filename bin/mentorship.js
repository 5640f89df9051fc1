#!/usr/bin/env node
'use strict';
// The `mentorship` command: a thin launcher for the bundled CLI (built by `npm install`).
require('../dist/cli.js').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
