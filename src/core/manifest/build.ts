import { XMLBuilder } from 'fast-xml-parser';
import type { ManifestEntry } from './types.ts';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const builder = new XMLBuilder({
  format: true,
  indentBy: '  ',
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Keeps `ID=""` written out instead of collapsing it to a bare attribute name.
  suppressBooleanAttributes: false,
  processEntities: true,
});

/**
 * Writes ucs.xml for the phone's custom-server upgrade: the XML declaration, then
 * `PHONE_IMAGES` > `REVISION ID=""` > one `PHONE_IMAGE` (`VERSION`, `PATH`) per entry, in the
 * order given. Two-space indentation, `\n` line ends, a final newline, and `& < > " '` escaped,
 * so the same entries always give the same bytes. Values are written exactly as given: the caller
 * checks them (non-blank version, PATH from normalizeServerUrl). Never throws.
 */
export function buildUcsXml(entries: readonly ManifestEntry[]): string {
  const document = {
    PHONE_IMAGES: {
      REVISION: {
        '@_ID': '',
        PHONE_IMAGE: entries.map((entry) => ({ VERSION: entry.version, PATH: entry.path })),
      },
    },
  };
  return DECLARATION + builder.build(document);
}
