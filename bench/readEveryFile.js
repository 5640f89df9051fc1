#!/usr/bin/env node
'use strict';
// The floor of any Node command over a journal: a fresh process that lists the folder and reads
// every Markdown file in it, and nothing else. `node bench/readEveryFile.js ROOT`
const fs = require('node:fs');
const path = require('node:path');

let bytes = 0;
const pending = [process.argv[2]];
while (pending.length) {
  const dir = pending.pop();
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, d.name);
    if (d.isDirectory()) pending.push(file);
    else if (d.isFile() && d.name.endsWith('.md')) bytes += fs.readFileSync(file).length;
  }
}
process.stdout.write(`${bytes}\n`);
