/**
 * The MIME types IIS must be told for a firmware folder (it refuses to serve extensions it has
 * none for): what web.config declares, and what the troubleshooting text tells an admin to add.
 */
export const IIS_TYPES: readonly (readonly [extension: string, mimeType: string])[] = [
  ['.ld', 'application/octet-stream'],
  ['.ver', 'text/plain'],
  ['.xml', 'text/xml'],
];
