#!/usr/bin/env node
// Playwright here drives Debian's Chromium (its own browser download cannot work on
// these machines). Installs it when missing and we are root; otherwise says what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.LP_CHROMIUM ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`Chromium was not found at ${path}.\nInstall it (Debian/Ubuntu: sudo apt-get install -y chromium), or point LP_CHROMIUM at a Chromium/Chrome binary, then run npm test again.`);
  process.exit(1);
}
console.log(`Chromium not found at ${path}: installing Debian's chromium package (one time)...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit', env });
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
