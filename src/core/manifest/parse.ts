import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../errors.ts';
import { normalizeServerUrl } from '../url/server-url.ts';
import { MANIFEST_NAME, type ManifestEntry } from './types.ts';

const REPEATABLE = new Set(['REVISION', 'PHONE_IMAGE', 'VERSION', 'PATH']);

const parser = new XMLParser({
  // REVISION's ID is the only attribute ever seen and it carries nothing.
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Labels like 5.9.8.5760 or 0100 must stay strings.
  parseTagValue: false,
  trimValues: true,
  // Only the five predefined entities; DOCTYPEs are refused before parsing.
  processEntities: true,
  htmlEntities: false,
  isArray: (tagName: string) => REPEATABLE.has(tagName),
});

function invalid(reason: string): AppError {
  return new AppError('manifest-invalid', reason, { file: MANIFEST_NAME });
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The one text child `tag` of a PHONE_IMAGE; throws when missing, repeated, empty or not text. */
function textChild(image: Record<string, unknown>, tag: string, where: string): string {
  const values = image[tag];
  if (!Array.isArray(values) || values.length === 0) throw invalid(`${where} has no ${tag}.`);
  if (values.length > 1) throw invalid(`${where} has more than one ${tag}.`);
  const value: unknown = values[0];
  if (typeof value !== 'string') throw invalid(`${where} has a ${tag} that is not plain text.`);
  if (value === '') throw invalid(`${where} has an empty ${tag}.`);
  return value;
}

function readEntry(image: unknown, where: string): ManifestEntry {
  const record = asRecord(image);
  if (!record) throw invalid(`${where} has no VERSION.`);
  const version = textChild(record, 'VERSION', where);
  const rawPath = textChild(record, 'PATH', where);
  // A PATH lacking only the trailing slash is accepted and written back with it: such a manifest
  // came from a server the admin already uses, and the slash is what every real example has.
  const path = normalizeServerUrl(rawPath);
  if (!path.ok) {
    throw invalid(
      `${where} has a PATH that is not an absolute http(s) folder URL (${path.problem}): ${rawPath}`,
    );
  }
  return { version, path: path.url };
}

function readTree(tree: Record<string, unknown>): ManifestEntry[] {
  const roots = Object.keys(tree);
  if (roots.length !== 1 || roots[0] !== 'PHONE_IMAGES') {
    throw invalid(`The root element is <${roots.join('>, <')}>, expected <PHONE_IMAGES>.`);
  }
  const revisions = asRecord(tree['PHONE_IMAGES'])?.['REVISION'];
  if (!Array.isArray(revisions) || revisions.length === 0)
    throw invalid('PHONE_IMAGES has no REVISION.');
  if (revisions.length > 1) throw invalid('PHONE_IMAGES has more than one REVISION.');
  const images = asRecord(revisions[0])?.['PHONE_IMAGE'];
  if (!Array.isArray(images) || images.length === 0) throw invalid('REVISION has no PHONE_IMAGE.');
  const entries = images.map((image: unknown, i) => readEntry(image, `PHONE_IMAGE ${i + 1}`));
  // Each entry is one line of the phone's menu: two with one label cannot be told apart there.
  const repeated = entries.find(
    (entry, i) => entries.findIndex((other) => other.version === entry.version) !== i,
  );
  if (repeated) throw invalid(`The version ${repeated.version} is listed twice.`);
  return entries;
}

/**
 * Reads a ucs.xml (for example the one already on the server) into its entries, in document
 * order. Refuses a VERSION listed twice. Accepts `REVISION` with or without `ID`, either case of `utf-8`, a leading BOM, and any
 * whitespace; VERSION and PATH are trimmed and unescaped, PATH normalized like a typed URL.
 * Throws AppError `manifest-invalid` (file `ucs.xml`) with an English reason when the text is not
 * well-formed XML, has a DOCTYPE (entities are never expanded), has another root than
 * `PHONE_IMAGES`, not exactly one REVISION, no PHONE_IMAGE, a PHONE_IMAGE without exactly one
 * non-empty VERSION and PATH, or a PATH that is not an absolute http(s) URL.
 */
export function parseUcsXml(text: string): ManifestEntry[] {
  const xml = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (xml.trim() === '') throw invalid('The file is empty.');
  if (/<!DOCTYPE/i.test(xml))
    throw invalid('The file has a DOCTYPE declaration; ucs.xml never has one.');
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw invalid(`The file is not well-formed XML: ${msg} (line ${line}, column ${col}).`);
  }
  const tree = asRecord(parser.parse(xml) as unknown);
  if (!tree) throw invalid('The file has no root element.');
  return readTree(tree);
}
