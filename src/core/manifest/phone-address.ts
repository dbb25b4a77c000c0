import { MANIFEST_NAME } from './types.ts';

/**
 * The address typed into the phone: the manifest's own URL, not the folder's (a folder fails).
 * Expects a normalized folder URL; adds the `/` if it is missing.
 */
export function phoneAddress(folderUrl: string): string {
  return `${folderUrl}${folderUrl.endsWith('/') ? '' : '/'}${MANIFEST_NAME}`;
}
