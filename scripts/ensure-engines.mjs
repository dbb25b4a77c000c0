// Makes sure Firefox and WebKit exist before the engine tests run, installing Debian's packages
// where we are root. Prints what it settled on.
import { installDebianPackages } from './debian-install.mjs';
import { ENGINE_PACKAGES, findEngines } from './find-engines.mjs';

const missing = (engines) => Object.keys(engines).filter((name) => engines[name] === undefined);

let engines = findEngines();
if (missing(engines).length > 0) {
  console.log(`Missing for the engine tests: ${missing(engines).join(', ')}. Installing them.`);
  installDebianPackages(ENGINE_PACKAGES);
  engines = findEngines();
}
if (missing(engines).length > 0) {
  console.error(
    `Still missing: ${missing(engines).join(', ')}. Install Debian's ${ENGINE_PACKAGES.join(', ')} packages, or set FIREFOX_PATH, WEBKIT_DRIVER_PATH and WEBKIT_MINIBROWSER_PATH.`,
  );
  process.exit(1);
}
for (const [name, path] of Object.entries(engines))
  console.log(`Engine tests use ${name}: ${path}`);
