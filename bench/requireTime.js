#!/usr/bin/env node
'use strict';
// How long loading a bundle takes in a fresh process (`require`, before any work), in ms.
// The extension's `vscode` import is stood in for by inert values under every name the real API
// exports (from @types/vscode): only loading is measured.   node bench/requireTime.js dist/extension.js
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const file = path.resolve(process.argv[2]);
const inert = new Proxy(function () {}, { get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : inert), apply: () => inert, construct: () => inert });
const api = fs.readFileSync(path.join(__dirname, '..', 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
const names = new Set([...api.matchAll(/^\t(?:export )?(?:class|namespace|enum|function|const|let|interface) ([A-Za-z_]\w*)/gm)].map((m) => m[1]));
const vscode = Object.fromEntries([...names].map((n) => [n, inert]));
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};
const started = process.hrtime.bigint();
require(file);
process.stdout.write(`${Number(process.hrtime.bigint() - started) / 1e6}\n`);
