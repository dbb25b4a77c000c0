import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Where the app imports `./name.ts` and a `name.portable.ts` sits beside it, the portable build
 * takes that one instead: the few modules that differ on a file page (how workers start, how the
 * page works offline) are chosen at build time, and the hosted build never carries them.
 */
export function portableVariants(): Plugin {
  return {
    name: 'ucs-bundler:portable-variants',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/^\.\.?\/.*\.ts$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const variant = resolved.id.replace(/\.ts$/, '.portable.ts');
      return existsSync(variant) ? variant : resolved;
    },
  };
}
