// Locates the other engines the browser tests drive, without downloading anything: Debian's
// Firefox ESR, and WebKitGTK's WebDriver and MiniBrowser (the engine Safari is built on), run on
// a virtual X display.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** The Debian packages that provide them. */
export const ENGINE_PACKAGES = ['firefox-esr', 'webkit2gtk-driver', 'xvfb'];

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function onPath(command) {
  try {
    return (
      execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

function existing(path) {
  return path && existsSync(path) ? path : undefined;
}

/** Where each engine's binary is; a missing one is undefined. */
export function findEngines() {
  return {
    firefox: existing(process.env.FIREFOX_PATH) ?? onPath('firefox-esr') ?? onPath('firefox'),
    webkitDriver: existing(process.env.WEBKIT_DRIVER_PATH) ?? onPath('WebKitWebDriver'),
    miniBrowser: existing(process.env.WEBKIT_MINIBROWSER_PATH) ?? existing(MINIBROWSER),
    xvfbRun: onPath('xvfb-run'),
  };
}
