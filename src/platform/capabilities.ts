/**
 * What this browser offers for output, detected by what each operation needs, never by user
 * agent. Over plain HTTP on an intranet host the page is not a secure context and all are missing.
 */
export interface Capabilities {
  /** A real folder can be written (File System Access, Chrome and Edge on desktop). */
  readonly directoryPicker: boolean;
  /**
   * Files can be staged in the origin-private file system from the page, so large outputs and
   * unpacked inner zips go to disk. Its folder alone is not enough: staging writes through
   * `createWritable`, which Safari before 26 lacks. Having the calls is not being granted them:
   * Chromium refuses a file page (`usableOpfsRoot` is what asks).
   */
  readonly opfs: boolean;
  readonly secureContext: boolean;
}

/** The page can write a file through a handle (a picked folder's, or the private file system's). */
export function pageWritesFiles(): boolean {
  return (
    typeof FileSystemFileHandle !== 'undefined' &&
    'createWritable' in FileSystemFileHandle.prototype
  );
}

export function detectCapabilities(): Capabilities {
  const secureContext = globalThis.isSecureContext === true;
  const writes = secureContext && pageWritesFiles();
  return {
    secureContext,
    directoryPicker: writes && 'showDirectoryPicker' in globalThis,
    opfs: writes && typeof navigator.storage?.getDirectory === 'function',
  };
}
