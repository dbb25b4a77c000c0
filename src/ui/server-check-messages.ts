import type { CheckedFile, FileVerdict } from '../core/server-check/types.ts';
import { formatBytes } from './format.ts';

/** The status cell: starts with "OK" only for a file found identical. */
export function verdictStatus(verdict: FileVerdict): string {
  switch (verdict.code) {
    case 'identical':
      return `OK: identical, ${formatBytes(verdict.size)}`;
    case 'found':
      return `Found, ${formatBytes(verdict.size)}, nothing to compare it with`;
    case 'missing':
      return `Missing (HTTP ${verdict.httpStatus})`;
    case 'http-error':
      return verdict.httpStatus === 401 || verdict.httpStatus === 403
        ? `Refused by the server (HTTP ${verdict.httpStatus})`
        : `Server error (HTTP ${verdict.httpStatus})`;
    case 'web-page':
      return `Served as a web page (${verdict.contentType || 'HTML'}), not the file`;
    case 'different':
      return verdict.expectedSize !== undefined && verdict.size !== verdict.expectedSize
        ? `Different bytes: ${formatBytes(verdict.size)}${verdict.size > verdict.expectedSize ? ' or more' : ''} instead of ${formatBytes(verdict.expectedSize)}`
        : 'Different bytes: same size, other SHA-256';
    case 'wrong-type':
      return `Wrong content type: ${verdict.contentType || 'none'} (should be ${verdict.expectedType})`;
    case 'redirected':
      return `Redirected to ${verdict.to}`;
    case 'refused':
      return 'Not readable by this page: the server does not allow it (CORS)';
    case 'mixed-content':
      return 'Not readable by this page: it is HTTPS and the server plain HTTP';
    case 'unreachable':
      return 'Unreachable: no answer';
    case 'unreadable-manifest':
      return `Not a ucs.xml a phone can read: ${verdict.reason}`;
    case 'no-checksums':
      return 'Missing: no SHA256SUMS, so the images to expect are unknown';
    case 'not-listed':
      return 'Not offered: ucs.xml names no version in this folder';
    case 'not-checked':
      return 'Not checked (cancelled)';
  }
}

function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/** The fix, in one sentence; empty when there is nothing to do. */
export function verdictFix(file: CheckedFile): string {
  const { verdict } = file;
  const isManifest = file.role === 'manifest';
  switch (verdict.code) {
    case 'identical':
      return '';
    case 'found':
      return file.role === 'checksums'
        ? ''
        : 'Export with SHA256SUMS ticked and upload it too, so that every byte can be compared.';
    case 'missing':
      return isManifest
        ? 'Upload ucs.xml to this address, or give the phones the address where it is.'
        : `Upload ${baseName(file.name)} here with exactly this name (Linux servers tell upper from lower case); on IIS a 404 for a file that is there means the web.config declaring .ld and .ver is missing.`;
    case 'http-error':
      return verdict.httpStatus === 401 || verdict.httpStatus === 403
        ? 'Let anyone read this folder without logging in: phones cannot log in to fetch firmware.'
        : 'The server failed to send the file: its error log says why.';
    case 'web-page':
      return isManifest
        ? 'The server sends a page (a folder listing, a login or an error page) instead of ucs.xml, which phones report as "XML file cannot be read": check that the address ends in ucs.xml and that the file is there.'
        : 'The server sends a page instead of the file: check that the file is there under this exact name and that no login or catch-all page covers the folder.';
    case 'different':
      return isManifest
        ? 'This is not the ucs.xml that goes with these files: upload the one UCS Bundler made.'
        : 'Upload this file again, in binary mode, and let the upload finish.';
    case 'wrong-type':
      return isManifest
        ? 'Declare .xml as text/xml on the server (the web.config does it on IIS; see the hosting guide for nginx and Apache).'
        : 'Serve .ld files as application/octet-stream (the web.config does it on IIS): a server that takes firmware for text may compress or alter it on the way.';
    case 'redirected':
      return isManifest
        ? 'Phones may not follow a redirect: give them the final address instead.'
        : 'Phones may not follow a redirect: export again with the final folder address as the server URL.';
    case 'refused':
      return "Open the file by hand (links above), or let this page read the server: the web.config's CORS option, or the hosting guide for nginx and Apache.";
    case 'mixed-content':
      return 'Open the file by hand (links above): browsers never let an HTTPS page read a plain-HTTP server.';
    case 'unreachable':
      return 'Check the address, that the server is running, and that this computer can reach it.';
    case 'unreadable-manifest':
      return 'Phones report "XML file cannot be read": upload the ucs.xml UCS Bundler made, unchanged.';
    case 'no-checksums':
      return "Upload the export's SHA256SUMS beside ucs.xml, or check from the page that made the export, right after it.";
    case 'not-listed':
      return "Upload this export's ucs.xml: the one on the server does not offer this version.";
    case 'not-checked':
      return 'Run the check again to see this file.';
  }
}

const FINE = new Set<FileVerdict['code']>(['identical', 'found']);

/** The sentence above the table. */
export function reportSummary(files: readonly CheckedFile[], allUsable: boolean): string {
  if (allUsable) return `All ${files.length} files are served as the phones need them.`;
  const problems = files.filter((file) => !FINE.has(file.verdict.code));
  return `${problems.length} of ${files.length} files need attention.`;
}

/** The alert for a browser refusal, before the links to open by hand. */
export function refusalMessage(mixedContent: boolean, appOrigin: string): string {
  return mixedContent
    ? 'The browser blocked the check: this page is HTTPS and the server plain HTTP, which browsers never let a page read. Open these files by hand to check them:'
    : `The browser was not allowed to read the server: it does not let pages of ${appOrigin} read its files (no CORS header). Open these files by hand to check them, or tick "let this tool check the server" for web.config (IIS) or follow the hosting guide (nginx, Apache):`;
}

/** When the check itself could not run (the check page failed). */
export function checkFailedMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `The check could not run: ${detail}. Try again.`;
}
