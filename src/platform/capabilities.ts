/**
 * What this browser offers for output, detected by feature, never by user agent. Over plain HTTP
 * on an intranet host the page is not a secure context and has no folder access. Disk space is
 * not a feature to detect but an answer to ask for (see disk-space.ts).
 */
export interface Capabilities {
  /** A real folder can be written (File System Access, Chrome and Edge on desktop). */
  readonly directoryPicker: boolean;
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
  };
}
