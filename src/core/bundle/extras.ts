import type { BundleExtras } from './types.ts';
import { MANIFEST_NAME } from '../manifest/types.ts';
import { phoneAddress } from '../manifest/phone-address.ts';
import type { WrittenFile } from '../export/types.ts';
import { troubleshootingCases, wrapText } from './troubleshooting.ts';
import { IIS_TYPES } from './iis-types.ts';
import { README_NAME, SHA256SUMS_NAME, WEB_CONFIG_NAME } from './extra-names.ts';

/**
 * The SHA256SUMS file, as `sha256sum -c` reads it: one `<hex>  <path>` line per file (two
 * spaces: text mode, which is byte-exact on every platform that matters), sorted by path, paths
 * relative to the folder the file sits in. SHA256SUMS never lists itself.
 *
 * @throws Error for a path holding a newline or a backslash: sha256sum would need its escaped
 *   form, and output paths are canonical names that never hold either.
 */
export function sha256sumsText(written: readonly WrittenFile[]): string {
  return written
    .filter((file) => file.path !== SHA256SUMS_NAME)
    .map((file) => {
      if (/[\n\r\\]/.test(file.path)) throw new Error(`Path unfit for SHA256SUMS: ${file.path}`);
      return file;
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => `${file.sha256}  ${file.path}\n`)
    .join('');
}

/**
 * README.txt for the admin who uploads the folder: the steps with the real addresses filled in,
 * and what each file written is. Windows line endings, since the file is read on every desktop.
 */
export function readmeText(info: {
  folderUrl: string;
  versions: readonly string[];
  files: readonly { path: string; model: string }[];
  extras: Pick<BundleExtras, 'sha256sums' | 'webConfig' | 'corsOrigin'>;
}): string {
  const manifestUrl = phoneAddress(info.folderUrl);
  const versions = info.versions.length > 0 ? info.versions.join(', ') : 'unknown version';
  const width = Math.max(...info.files.map((file) => file.path.length), SHA256SUMS_NAME.length);
  const row = (path: string, what: string) => `  ${path.padEnd(width)}  ${what}`;
  const lines = [
    `Poly UC Software ${versions}, ready for a custom server`,
    '',
    'STEPS',
    '',
    '1. Upload every file of this folder, keeping any sub-folders, to:',
    `     ${info.folderUrl}`,
    '',
    '2. Test: open this address in a browser. It must show the XML list of firmware:',
    `     ${manifestUrl}`,
    '',
    '3. On each phone, in its web interface:',
    '     Utilities > Software Upgrade > Server Type: Custom Server',
    `     enter ${manifestUrl}`,
    '     then Check for Updates, pick the version, Install.',
    '   The phone restarts, installs its own image and keeps its settings.',
    '',
    'Phones must already run UCS 4.0 or later to upgrade this way. Phones on',
    'SIP 3.x need a one-time upgrade through a provisioning server first.',
    '',
    'WHAT IS IN THIS FOLDER',
    '',
    ...info.files.map((file) => row(file.path, file.model)),
    row(MANIFEST_NAME, 'the list of firmware the phones read'),
    ...(info.extras.sha256sums
      ? [row(SHA256SUMS_NAME, `checksums: run  sha256sum -c ${SHA256SUMS_NAME}`)]
      : []),
    ...(info.extras.webConfig
      ? [
          row(
            WEB_CONFIG_NAME,
            info.extras.corsOrigin === undefined
              ? 'file types for IIS (other servers ignore it)'
              : `file types for IIS, and lets ${info.extras.corsOrigin} check the server`,
          ),
        ]
      : []),
    row(README_NAME, 'this file'),
    '',
    'IF A PHONE REPORTS A PROBLEM',
    '',
    ...troubleshootingCases(manifestUrl, info.extras.webConfig).flatMap((item) => [
      ...wrapText(item.symptom, README_WIDTH - 2).map(
        (line, i) => `${i === 0 ? '-' : ' '} ${line}`,
      ),
      ...wrapText(item.fix, README_WIDTH - 4).map((line) => `    ${line}`),
      '',
    ]),
  ];
  return lines.join('\r\n');
}

/** README.txt's lines stay readable in Notepad without wrapping. */
const README_WIDTH = 76;

/**
 * web.config for IIS, which refuses to serve extensions it has no MIME type for. Each mapping is
 * removed first so it does not clash with one the server already defines. With `corsOrigin`
 * (the origin UCS Bundler is served from), the folder also tells browsers that pages of that
 * origin, and of no other, may read its files: what the server check needs on another server.
 */
export function webConfigText(corsOrigin?: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<configuration>',
    '  <system.webServer>',
    '    <staticContent>',
    ...IIS_TYPES.flatMap(([extension, mimeType]) => [
      `      <remove fileExtension="${extension}" />`,
      `      <mimeMap fileExtension="${extension}" mimeType="${mimeType}" />`,
    ]),
    '    </staticContent>',
    ...(corsOrigin === undefined
      ? []
      : [
          '    <httpProtocol>',
          '      <customHeaders>',
          `        <remove name="${CORS_HEADER}" />`,
          `        <add name="${CORS_HEADER}" value="${escapeAttribute(corsOrigin)}" />`,
          '      </customHeaders>',
          '    </httpProtocol>',
        ]),
    '  </system.webServer>',
    '</configuration>',
    '',
  ].join('\r\n');
}

const CORS_HEADER = 'Access-Control-Allow-Origin';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
