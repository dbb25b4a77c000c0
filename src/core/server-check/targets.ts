import type { ManifestEntry } from '../manifest/types.ts';
import type { Expectation } from './classify.ts';
import type { CheckedFile, ExpectedFile } from './types.ts';

const VERSION_FILE_NAME = 'sip.ver';
const IMAGE_SUFFIX = '.ld';

/** One address to fetch, and what should be there. */
export interface CheckTarget {
  readonly name: string;
  readonly url: string;
  readonly version?: string;
  readonly expectation: Expectation;
}

/** The folder an address sits in, with its trailing slash. */
export function folderOf(url: string): string {
  return url.slice(0, url.lastIndexOf('/') + 1);
}

/** How the report names an address: relative to the ucs.xml folder when it lies inside it. */
export function displayName(url: string, manifestFolder: string): string {
  return url.startsWith(manifestFolder) ? url.slice(manifestFolder.length) : url;
}

interface ResolvedFile extends ExpectedFile {
  readonly url: string;
}

/** Expected files as addresses; a path that would leave the ucs.xml folder is left out. */
function resolve(expected: readonly ExpectedFile[], manifestFolder: string): ResolvedFile[] {
  return expected.flatMap((file) => {
    const url = new URL(file.path, manifestFolder).href;
    return url.startsWith(manifestFolder) ? [{ ...file, url }] : [];
  });
}

function isPhoneFile(file: ResolvedFile): boolean {
  const name = file.url.slice(folderOf(file.url).length);
  return name === VERSION_FILE_NAME || name.endsWith(IMAGE_SUFFIX);
}

/**
 * What a phone would fetch, from each version's PATH: its sip.ver (compared when its checksum is
 * known) and every expected image in that folder. Expected images and sip.ver files in a folder
 * that no version names come back as `notListed`: no phone will ever be offered them.
 */
export function checkTargets(
  manifestUrl: string,
  entries: readonly ManifestEntry[],
  expected: readonly ExpectedFile[],
): { targets: CheckTarget[]; notListed: CheckedFile[] } {
  const manifestFolder = folderOf(manifestUrl);
  const phoneFiles = resolve(expected, manifestFolder).filter(isPhoneFile);
  const targets: CheckTarget[] = [];
  const seen = new Set<string>();
  const add = (target: CheckTarget) => {
    if (seen.has(target.url)) return;
    seen.add(target.url);
    targets.push(target);
  };
  for (const { version, path } of entries) {
    const sipVerUrl = path + VERSION_FILE_NAME;
    const sipVer = phoneFiles.find((file) => file.url === sipVerUrl);
    add({
      name: displayName(sipVerUrl, manifestFolder),
      url: sipVerUrl,
      version,
      expectation: { role: 'version-file', size: sipVer?.size, sha256: sipVer?.sha256 },
    });
    for (const image of phoneFiles) {
      if (folderOf(image.url) !== path || image.url === sipVerUrl) continue;
      add({
        name: displayName(image.url, manifestFolder),
        url: image.url,
        version,
        expectation: { role: 'image', size: image.size, sha256: image.sha256 },
      });
    }
  }
  const notListed = phoneFiles
    .filter((file) => !seen.has(file.url))
    .map((file) => ({
      name: displayName(file.url, manifestFolder),
      url: file.url,
      role: file.url.endsWith(IMAGE_SUFFIX) ? ('image' as const) : ('version-file' as const),
      verdict: { code: 'not-listed' as const },
    }));
  return { targets, notListed };
}
