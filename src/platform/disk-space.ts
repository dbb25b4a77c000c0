import { detectCapabilities } from './capabilities.ts';

let probe: Promise<FileSystemDirectoryHandle | undefined> | undefined;

/**
 * The root of the origin-private file system, or undefined where the page cannot stage files
 * there (plain HTTP, Safari before 26) or the browser refuses it (Chromium on a file page, a
 * private window). Asked once per page, by trying what an operation needs rather than trusting
 * what the browser exposes: `getDirectory` exists on a Chromium file page yet throws a
 * SecurityError there. Everything that could use disk space (staging an export, unpacking an
 * inner zip, the warning about large zips in memory) takes this one answer and falls back the
 * same way.
 */
export function diskSpace(): Promise<FileSystemDirectoryHandle | undefined> {
  probe ??= openRoot();
  return probe;
}

async function openRoot(): Promise<FileSystemDirectoryHandle | undefined> {
  if (!detectCapabilities().opfs) return undefined;
  try {
    return await navigator.storage.getDirectory();
  } catch (error) {
    console.info(
      'The browser gives this page no disk space; large files are kept in memory.',
      error,
    );
    return undefined;
  }
}
