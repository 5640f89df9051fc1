// The extension-host side of the integration tests: `run()` is what VS Code calls with
// --extensionTestsPath. It runs the mocha files of one suite (MENTORSHIP_SUITE), each suite
// opened on its own workspace by scripts/test-integration.mjs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha = require('mocha');

export async function run(): Promise<void> {
  const suite = process.env.MENTORSHIP_SUITE ?? 'main';
  const dir = path.join(__dirname, suite);
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} integration test(s) failed in suite "${suite}"`)) : resolve()));
  });
}
