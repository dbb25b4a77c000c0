import { IIS_TYPES } from './iis-types.ts';

/** What goes wrong at the phone, and what to do: in README.txt and on the done screen. */
export interface TroubleshootingCase {
  readonly id:
    | 'xml-cannot-be-read'
    | 'old-address'
    | 'https-not-trusted'
    | 'case-sensitive'
    | 'iis-mime-types'
    | 'version-in-between';
  /** What the admin sees or suspects. */
  readonly symptom: string;
  readonly fix: string;
}

/**
 * The cases, with the address the phones are given filled in; `webConfig` says whether the
 * folder holds the web.config that declares IIS's types.
 */
export function troubleshootingCases(phoneUrl: string, webConfig: boolean): TroubleshootingCase[] {
  const iisTypes = IIS_TYPES.map(([extension, type]) => `${extension} ${type}`).join(', ');
  return [
    {
      id: 'xml-cannot-be-read',
      symptom: 'The phone says "XML file cannot be read".',
      fix: `It was given the folder's address, or the server sent a page instead of the file. Enter the address of the file itself, ending in ucs.xml: ${phoneUrl}, and check that a browser shows the XML list there.`,
    },
    {
      id: 'old-address',
      symptom:
        'The phone names a file or server that is not this one (e.g. "Server said ... is not present").',
      fix: 'An older custom-server address is stored in the phone and survives restarts. Replace it in Utilities > Software Upgrade, or clear upgrade.custom.server.url where the phone gets its configuration.',
    },
    {
      id: 'https-not-trusted',
      symptom: 'It works in a browser over HTTPS, but the phone cannot connect.',
      fix: 'Phones trust only a few certificate authorities, may refuse wildcard certificates, and old firmware cannot reach servers that require TLS 1.2. Serve the firmware over plain HTTP on the local network, or install your CA on the phones (device.sec.TLS.customCaCert).',
    },
    {
      id: 'case-sensitive',
      symptom: 'The phone finds ucs.xml but not its image.',
      fix: 'Linux web servers tell upper from lower case: keep every file name exactly as in this folder (3111-44500-001.sip.ld is not 3111-44500-001.SIP.LD), and keep the sub-folders.',
    },
    {
      id: 'iis-mime-types',
      symptom: 'IIS answers 404 for a .ld or .ver file that is there.',
      fix: webConfig
        ? `IIS refuses extensions it has no type for. Keep web.config in the folder, or declare the types in IIS Manager: ${iisTypes}.`
        : `IIS refuses extensions it has no type for. Declare the types in IIS Manager: ${iisTypes}.`,
    },
    {
      id: 'version-in-between',
      symptom: 'The phone refuses this version, or does not list it.',
      fix: "Some phones must upgrade in steps, through a version in between, and some models stop at an older release line. Put each release they need on the server beside this one (UCS Bundler: Add another release): each becomes a choice in the phone's version list.",
    },
  ];
}

/** Breaks `text` into lines of at most `width` characters, at spaces (longer words stay whole). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
