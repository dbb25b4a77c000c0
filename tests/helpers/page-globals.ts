import { vi } from 'vitest';

export interface PageGlobals {
  /** What `navigator` holds (storage, locks). */
  readonly navigator: object;
  /** Whether the page's file handles have `createWritable` (Safari before 26 has none). */
  readonly writableHandles?: boolean;
  readonly secureContext?: boolean;
  readonly directoryPicker?: boolean;
}

/**
 * Stubs the globals capability detection looks at, as a page of the given browser has them.
 * Undo with `vi.unstubAllGlobals()`.
 */
export function stubPage(page: PageGlobals): void {
  vi.stubGlobal('navigator', page.navigator);
  vi.stubGlobal('isSecureContext', page.secureContext ?? true);
  // Only the prototype is looked at: a function stands in for the class.
  const handle = function FileSystemFileHandle() {};
  if (page.writableHandles ?? true) handle.prototype.createWritable = () => undefined;
  vi.stubGlobal('FileSystemFileHandle', handle);
  if (page.directoryPicker) vi.stubGlobal('showDirectoryPicker', () => undefined);
}
