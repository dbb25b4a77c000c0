/**
 * What this browser offers for output, detected by feature, never by user agent. Over plain HTTP
 * on an intranet host the page is not a secure context and all three are missing.
 */
export interface Capabilities {
  /** A real folder can be written (File System Access, Chrome and Edge on desktop). */
  readonly directoryPicker: boolean;
  /** The origin-private file system exists, so large outputs can be staged on disk. */
  readonly opfs: boolean;
  readonly secureContext: boolean;
}

export function detectCapabilities(): Capabilities {
  const secureContext = globalThis.isSecureContext === true;
  return {
    secureContext,
    directoryPicker:
      secureContext &&
      'showDirectoryPicker' in globalThis &&
      typeof FileSystemFileHandle !== 'undefined' &&
      'createWritable' in FileSystemFileHandle.prototype,
    opfs: secureContext && typeof navigator.storage?.getDirectory === 'function',
  };
}
