#!/usr/bin/env node
// Rasterizes the Marketplace icon (media/marketplace-icon.svg → media/icon.png, 128×128) with
// Debian's Chromium through playwright-core. The PNG is committed; run this after changing the SVG.
//   node scripts/makeIcon.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './vscode/browser.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = fs.readFileSync(path.join(repo, 'media', 'marketplace-icon.svg'), 'utf8');
const browser = await launchChromium({ viewport: { width: 128, height: 128 } });
try {
  await browser.page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await browser.page.locator('svg').screenshot({ path: path.join(repo, 'media', 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
console.log('wrote media/icon.png');
