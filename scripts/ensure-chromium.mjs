// Makes sure a Chromium exists before the browser tests run: Debian's package where we are root,
// Playwright's download where the internet is reachable. Prints the binary it settled on.
import { installDebianPackages, run } from './debian-install.mjs';
import { findChromium } from './find-chromium.mjs';

function install() {
  if (installDebianPackages(['chromium'])) return;
  run('npx', ['playwright', 'install', 'chromium']);
}

let path = findChromium();
if (!path) {
  console.log('No Chromium found: installing one for the browser tests.');
  install();
  path = findChromium();
}
if (!path) {
  console.error(
    'No Chromium could be found or installed. Install Debian\'s "chromium" package, or set CHROMIUM_PATH to a Chromium binary.',
  );
  process.exit(1);
}
console.log(`Browser tests use ${path}`);
