import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from '../e2e/paths.ts';

/**
 * Builds the app into `outDir` (a git-ignored dist-* folder) with extra environment variables.
 * Resolves with whether the build succeeded and everything it printed.
 */
export function buildApp(
  outDir: string,
  env: Record<string, string>,
): Promise<{ ok: boolean; output: string }> {
  const vite = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: REPO,
    env: { ...process.env, ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ ok: code === 0, output })));
}
