// Installs Debian packages for the browser tests where that is possible: as root, with apt-get.
import { spawnSync } from 'node:child_process';

export function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

/** Installs `packages` with apt-get; false where we are not root or apt-get is missing or fails. */
export function installDebianPackages(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || spawnSync('sh', ['-c', 'command -v apt-get']).status !== 0) return false;
  // Another install may hold apt's lock (a machine being set up): wait for it, do not fail.
  const waitForLock = ['-o', 'DPkg::Lock::Timeout=600'];
  run('apt-get', [...waitForLock, 'update', '-qq']);
  return run('apt-get', [...waitForLock, 'install', '-y', '-qq', ...packages]);
}
