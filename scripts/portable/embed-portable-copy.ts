import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';

/**
 * Builds the portable copy along with the hosted app and serves it beside index.html, so the
 * hosted page can offer it for download: same sources, same build id, byte for byte the file
 * `npm run build:portable` writes. It is built in a folder of its own, leaving dist-portable/ to
 * that command.
 */
export function embedPortableCopy(options: { configFile: string; fileName: string }): Plugin {
  return {
    name: 'ucs-bundler:portable-copy',
    apply: 'build',
    async generateBundle() {
      const outDir = await mkdtemp(join(tmpdir(), 'ucs-bundler-portable-'));
      try {
        await build({
          configFile: options.configFile,
          logLevel: 'warn',
          build: { outDir, emptyOutDir: true },
        });
        const source = await readFile(join(outDir, options.fileName));
        this.emitFile({ type: 'asset', fileName: options.fileName, source });
      } finally {
        await rm(outDir, { recursive: true, force: true });
      }
    },
  };
}
