/**
 * The native baselines on the same entries: `unzip` into a folder (what "Save to folder" replaces)
 * and `unzip` followed by `zip -0` of the result (what "Download ZIP" replaces).
 */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface NativeRun {
  readonly unzipSeconds: number;
  readonly zipSeconds: number;
}

function run(command: string, args: readonly string[], cwd?: string): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
  return (performance.now() - start) / 1000;
}

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** Installs Debian's unzip and zip when missing (as root); says what it did. */
export function ensureNativeTools(): void {
  const missing = ['unzip', 'zip'].filter((command) => !hasCommand(command));
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) throw new Error(`Install ${missing.join(' and ')} to compare with native tools.`);
  console.log(`Installing ${missing.join(', ')} with apt-get (running as root).`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...missing]);
}

/** Extracts `entries` of `archive` into a fresh folder, then stores that folder with `zip -0`. */
export async function runNative(
  workDir: string,
  archive: string,
  entries: readonly string[],
): Promise<NativeRun> {
  const folder = join(workDir, 'native-output');
  const zipFile = join(workDir, 'native-output.zip');
  await rm(folder, { recursive: true, force: true });
  await rm(zipFile, { force: true });
  const unzipSeconds = run('unzip', ['-o', '-q', archive, ...entries, '-d', folder]);
  const zipSeconds = run('zip', ['-0', '-q', '-r', zipFile, '.'], folder);
  await rm(folder, { recursive: true, force: true });
  await rm(zipFile, { force: true });
  return { unzipSeconds, zipSeconds };
}
