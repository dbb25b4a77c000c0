import { AppError, type ErrorCode } from '../core/errors.ts';
import type { ReleaseWarning } from '../core/release/types.ts';
import type { Blocker } from '../state/bundle.svelte.ts';
import type { UrlProblem } from '../core/url/server-url.ts';
import { formatBytes } from './format.ts';

const ERROR_SENTENCES: Record<ErrorCode, (file: string) => string> = {
  'not-a-zip': () =>
    'This file is not a zip archive. Choose the UC Software release .zip you downloaded from Poly.',
  'truncated-zip': () =>
    'This zip archive is incomplete (its end is missing), probably from an interrupted download. Download the release again and open the new file.',
  'damaged-zip': () =>
    'This zip archive is damaged: its table of contents cannot be trusted. Download the release again and open the new file.',
  'too-many-entries': () =>
    'This zip archive lists far more files than any UC Software release (a release holds a few hundred; UCS Bundler stops at 10,000), so it was not opened. Choose the Split release .zip you downloaded from Poly.',
  'unrecognised-zip': () =>
    'UCS Bundler could not read this zip archive. It may be damaged: download the release again. If the new file fails too, extract it with your zip tool.',
  'empty-archive': () => 'This zip archive is empty. Choose the UC Software release archive.',
  'combined-package': () =>
    'This is a Combined package: one sip.ld for every phone. Phones updated from a custom server need the Split package, with one <part-number>.sip.ld per model. Download the Split version of this release.',
  'no-images': () =>
    'No phone firmware images were found in this archive. The app looks for files named like 3111-44500-001.sip.ld. Choose a UC Software Split release archive.',
  encrypted: () =>
    'This archive is password-protected, which UCS Bundler does not support. Extract it with your zip tool, zip the release again without a password, and open that.',
  'unsupported-compression': (file) =>
    `${file || 'An entry'} is compressed in a way UCS Bundler cannot read. Extract the archive with your zip tool instead.`,
  'corrupt-entry': (file) =>
    `${file || 'A file in the archive'} is damaged: its bytes do not match the archive's size or checksum for it. Nothing was saved. Download the release again.`,
  'entry-header-mismatch': (file) =>
    `${file || 'A file in the archive'} is damaged: the archive describes it differently in two places, so its name or size cannot be trusted. Nothing was saved. Download the release again.`,
  'overlapping-entries': (file) =>
    `${file || 'A file in the archive'} is damaged: it shares its bytes with another file in the archive, which no genuine release does. Nothing was saved. Download the release again.`,
  'nested-zip-needs-storage': () =>
    'This download holds the release as a compressed zip inside the zip, and this browser gives the app no disk space to unpack it. Extract the inner release .zip with your zip tool and open it directly.',
  'read-failed': () =>
    'The archive could not be read. It may have been moved, deleted or changed. Open it again.',
  'write-failed': (file) =>
    `Writing ${file || 'the output'} failed (the disk may be full or access was lost). Nothing was left half-written. Free some space or choose another place, then try again.`,
  'manifest-invalid': () => 'This ucs.xml cannot be used.',
};

/** The sentence a person reads for any error; unexpected ones still get plain words. */
export function errorMessage(error: unknown): string {
  if (error instanceof AppError) {
    const sentence = ERROR_SENTENCES[error.code](error.file ?? '');
    if (error.code === 'manifest-invalid') return `${sentence} ${error.message}`;
    // zip.js's own words, for whoever helps the admin: the app has no better name for it.
    if (error.code === 'unrecognised-zip')
      return `${sentence} (The zip reader said: ${error.message})`;
    return sentence;
  }
  const detail = error instanceof Error ? error.message : String(error);
  // Browsers' own messages differ in whether they end a sentence: end it exactly once.
  const sentence = /[.!?]$/.test(detail.trimEnd()) ? detail.trimEnd() : `${detail}.`;
  return `Something unexpected went wrong: ${sentence} Nothing was saved; try again.`;
}

const URL_SENTENCES: Record<UrlProblem, string> = {
  empty: 'Enter the web address of the folder the files will be uploaded to.',
  'not-http':
    'The address must start with http:// or https://. Phones download firmware over HTTP(S).',
  'no-host': 'The address needs a server name, like http://fw.example.local/firmware/.',
  'has-spaces':
    'The address contains spaces. Phones cannot fetch such URLs: rename the folder without spaces.',
  'has-backslash':
    'The address contains a backslash (\\). Use forward slashes (/) in web addresses.',
  'has-query': 'The address contains a query (?…). Use the plain folder address.',
  'has-fragment': 'The address contains a fragment (#…). Use the plain folder address.',
  'has-credentials':
    'The address contains a user name or password. Phones cannot log in this way: use a folder that needs no login.',
  malformed: 'This is not a valid web address. Use the form http://server/folder/.',
};

export function urlProblemMessage(problem: UrlProblem): string {
  return URL_SENTENCES[problem];
}

/** Beside an empty version box. */
export const NO_VERSION_HINT =
  'No version yet: type the exact version from the release notes (e.g. 5.9.8.5760).';

/** One sentence per release warning; these never block the export. */
export function warningMessage(warning: ReleaseWarning): string {
  switch (warning.code) {
    case 'sip-ver-missing':
      return 'This release has no sip.ver file, so its version is unknown. Enter the version by hand.';
    case 'version-guessed-from-name':
      return `The version ${warning.guess} was guessed from the archive's name. Check it against the release notes.`;
    case 'several-sip-ver':
      return `The archive holds several sip.ver files; the one beside the images (${warning.used}) is used.`;
    case 'version-unusual':
      return `"${warning.version}" is not four dotted numbers like 5.9.8.5760. Phones show it as it is; check it before publishing.`;
    case 'sip-3x':
      return `This is a SIP ${warning.version} release. Phones on SIP 3.x cannot use the web-UI upgrade: they need a one-time upgrade to UCS 4.0 or later through a provisioning server first.`;
    case 'duplicate-part-number':
      return `Two images for part number ${warning.partNumber} were found; the one at ${warning.used} is used.`;
    case 'image-too-small':
      return `The image for ${warning.partNumber} is only ${formatBytes(warning.size)}, far too small for phone firmware. It may be damaged.`;
    case 'unrecognised-firmware-names':
      return unrecognisedFirmwareMessage(warning.paths);
    case 'newer-than-model-line':
      return `This release is newer than the ${warning.modelLine} line this model supports.`;
  }
}

const BLOCKER_SENTENCES: Record<Blocker, string> = {
  'no-models': 'Pick at least one phone model.',
  'no-version': 'Enter the version.',
  'same-version': 'Two releases have the same version: remove one or correct its version.',
  'invalid-server-url': 'Enter a valid server URL.',
};

/** What the admin must do before the export can start. */
export function blockerMessage(blocker: Blocker): string {
  return BLOCKER_SENTENCES[blocker];
}

/** How many unrecognised names a note spells out before saying how many more there are. */
const NAMES_SHOWN = 5;

function unrecognisedFirmwareMessage(paths: readonly string[]): string {
  const shown = paths.slice(0, NAMES_SHOWN).join(', ');
  const more = paths.length > NAMES_SHOWN ? ` and ${paths.length - NAMES_SHOWN} more` : '';
  const count = paths.length === 1 ? 'One file looks' : `${paths.length} files look`;
  return `${count} like firmware but ${paths.length === 1 ? 'is' : 'are'} not named like <part-number>.sip.ld, so ${paths.length === 1 ? 'it is' : 'they are'} not listed: ${shown}${more}. If one should be a phone image, the archive is damaged: download the release again.`;
}
