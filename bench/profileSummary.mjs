#!/usr/bin/env node
// Summarises a V8 .cpuprofile (node --cpu-prof, or the extension-host bench's profile): self time
// by function and by file, and the share of garbage collection, compilation and idle time.
//   node bench/profileSummary.mjs PROFILE.cpuprofile [top=25]
import fs from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profileSummary.mjs PROFILE.cpuprofile [top]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const deltas = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fnTotals = new Map();
const fileTotals = new Map();
for (const [id, ms] of self) {
  const { callFrame: f } = byId.get(id);
  const where = f.url ? f.url.replace(/^.*\/(dist|node_modules|out)\//, '$1/') : '';
  const fn = `${f.functionName || '(anonymous)'} ${where ? `${where}:${f.lineNumber + 1}` : ''}`.trim();
  fnTotals.set(fn, (fnTotals.get(fn) ?? 0) + ms);
  const key = where || `(${f.functionName || 'native'})`;
  fileTotals.set(key, (fileTotals.get(key) ?? 0) + ms);
}
const show = (title, map, n) => {
  console.log(`\n${title}`);
  for (const [k, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${ms.toFixed(1).padStart(9)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${k}`);
};
console.log(`${file}: ${total.toFixed(0)} ms sampled`);
show('self time by function', fnTotals, top);
show('self time by file', fileTotals, 12);
