#!/usr/bin/env node
'use strict';
// The `mentorship` command: a thin launcher for the bundled CLI (built by `npm install`).
// A closed pipe (`mentorship items | head`) ends the output quietly instead of with a stack.
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
require('../dist/cli.js').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
