// Locates a Chromium for the browser tests without downloading anything: these machines reach
// only the npm registry and Debian's packages, so Playwright's own browser download is a last resort.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const ENV_VARIABLES = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', 'CHROME_PATH'];
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function fromEnvironment() {
  for (const name of ENV_VARIABLES) {
    const path = process.env[name];
    if (path && existsSync(path)) return path;
  }
  return undefined;
}

function fromPath() {
  for (const command of COMMANDS) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim();
      // A snap-confined Chromium cannot write the temporary profile Playwright gives it.
      if (path && !path.startsWith('/snap/')) return path;
    } catch {
      // Not on PATH: try the next name.
    }
  }
  return undefined;
}

function fromPlaywrightCache() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The path of a usable Chromium binary, or undefined when none is installed. */
export function findChromium() {
  return fromEnvironment() ?? fromPath() ?? fromPlaywrightCache();
}
