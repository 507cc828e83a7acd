/**
 * Makes sure a Chromium is available (for build-time flowcharts and browser tests).
 * Uses CHROMIUM_PATH or a system Chromium; otherwise installs Debian's package when it can
 * (root with apt-get), because browser downloads are not possible on this kind of machine.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/chromium.ts';

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`);
  process.exit(1);
}
const isRoot = process.getuid?.() === 0;
if (!existsSync('/usr/bin/apt-get') || !isRoot) {
  console.error('No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.');
  process.exit(1);
}
console.log('Installing Chromium from Debian packages (about 30 s) ...');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
const after = findChromium();
if (!after) {
  console.error('apt-get finished but no Chromium binary was found.');
  process.exit(1);
}
console.log(`Chromium: ${after}`);
