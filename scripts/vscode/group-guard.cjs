// Runs as the leader of code-server's process group (spawned detached by codeServer.mjs) and
// starts code-server inside that group. It kills the whole group when the process that started
// it disappears, so a test runner killed with SIGKILL (no exit handlers) still leaves no
// code-server, file watcher or extension host behind.
// Usage: node group-guard.cjs <parent pid> <command> [args...]
'use strict';
const { spawn } = require('node:child_process');

const [parentPid, command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: 'inherit' });
const killGroup = () => {
  try { process.kill(-process.pid, 'SIGKILL'); } catch { /* already gone */ }
};
child.on('exit', (code, signal) => {
  clearInterval(timer);
  process.exitCode = code ?? (signal ? 1 : 0);
});
child.on('error', (err) => { console.error(err.message); process.exit(1); });
const timer = setInterval(() => {
  try { process.kill(Number(parentPid), 0); } catch { killGroup(); }
}, 1000);
for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, killGroup);
