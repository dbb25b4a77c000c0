import { AppError, isAbortError } from '../errors.ts';
import { SHA256SUMS_NAME as CHECKSUMS_NAME } from '../bundle/extra-names.ts';
import { parseUcsXml } from '../manifest/parse.ts';
import type { ManifestEntry } from '../manifest/types.ts';
import { type Expectation, isUsable, verdictBeforeBody, verdictOfBody } from './classify.ts';
import { type BodySummary, readBody } from './read-body.ts';
import { parseSha256sums } from './sha256sums.ts';
import { type CheckTarget, checkTargets, displayName, folderOf } from './targets.ts';
import type {
  CheckProgress,
  CheckReport,
  CheckRequest,
  CheckedFile,
  ExpectedFile,
  Fetcher,
  FileVerdict,
} from './types.ts';

/** ucs.xml and SHA256SUMS are a few kilobytes; a megabyte-sized one is not the file. */
const TEXT_FILE_LIMIT = 1024 * 1024;

export interface CheckOptions {
  readonly signal: AbortSignal;
  onProgress(progress: CheckProgress): void;
}

interface Fetched {
  readonly verdict: FileVerdict;
  readonly contentType: string;
  readonly body: BodySummary | undefined;
}

/**
 * Reads the server as a phone does: ucs.xml from the address given, then from each version's
 * PATH its sip.ver and every image expected there, one file at a time, each compared by size
 * and SHA-256 while it streams. What is expected is the request's list (an export just made) or,
 * for a server prepared earlier, the SHA256SUMS beside ucs.xml. Stops after ucs.xml when a phone
 * could not use it. A cancel ends the check with the files not reached marked so.
 */
export async function checkServer(
  request: CheckRequest,
  fetcher: Fetcher,
  options: CheckOptions,
): Promise<CheckReport> {
  const manifestUrl = request.manifestUrl;
  const manifestFolder = folderOf(manifestUrl);
  const manifestName = displayName(manifestUrl, manifestFolder);
  const files: CheckedFile[] = [];
  let bytesDone = 0;
  let bytesTotal = 0;
  const progress = (currentFile: string) =>
    options.onProgress({ bytesDone, bytesTotal, currentFile });

  // Files not read yet: reported as not checked when a cancel ends the check.
  const pending: CheckTarget[] = [];

  async function fetchOne(target: CheckTarget, keep = false): Promise<Fetched> {
    if (!pending.includes(target)) pending.push(target);
    const fetched = await fetchAndJudge(target, keep);
    pending.splice(pending.indexOf(target), 1);
    return fetched;
  }

  async function fetchAndJudge(target: CheckTarget, keep: boolean): Promise<Fetched> {
    progress(target.name);
    const answer = await fetcher(target.url, options.signal);
    if (answer.kind !== 'answered') {
      return { verdict: { code: answer.kind }, contentType: '', body: undefined };
    }
    const early = verdictBeforeBody(answer);
    if (early) {
      void answer.body?.cancel().catch(() => undefined);
      return { verdict: early, contentType: '', body: undefined };
    }
    const size = target.expectation.size;
    const body = await readBody(answer.body, {
      keep,
      limit: keep ? TEXT_FILE_LIMIT : size,
      signal: options.signal,
      // Progress counts the phone's files; ucs.xml and SHA256SUMS come before any total is known.
      onBytes: (count) => {
        if (keep) return;
        bytesDone += count;
        progress(target.name);
      },
    });
    const verdict = verdictOfBody(answer.contentType, body, target.expectation);
    return { verdict, contentType: answer.contentType, body };
  }

  const report = (cancelled: boolean): CheckReport => ({
    manifestUrl,
    files: [...files, ...pending.map((target) => row(target, { code: 'not-checked' as const }))],
    cancelled,
  });

  try {
    const manifestTarget: CheckTarget = {
      name: manifestName,
      url: manifestUrl,
      expectation: expectationFor(request.expected, manifestName, 'manifest'),
    };
    const manifest = await fetchOne(manifestTarget, true);
    const entries = readEntries(manifest);
    if (!entries.ok) {
      files.push(row(manifestTarget, entries.verdict));
      return report(false);
    }
    const manifestIndex = files.push(row(manifestTarget, manifest.verdict)) - 1;

    let expected = request.expected;
    if (expected === undefined) {
      const sums = await fetchChecksums(manifestFolder, fetchOne);
      files.push(sums.row);
      expected = sums.expected;
      // The served ucs.xml is compared with the one SHA256SUMS was written with.
      const listed = expectationFor(expected, manifestName, 'manifest');
      if (listed.sha256 !== undefined && manifest.body) {
        const verdict = verdictOfBody(manifest.contentType, manifest.body, listed);
        files[manifestIndex] = row(manifestTarget, verdict);
      }
    }

    const { targets, notListed } = checkTargets(manifestUrl, entries.entries, expected);
    bytesTotal = targets.reduce((sum, target) => sum + (target.expectation.size ?? 0), 0);
    pending.push(...targets);
    for (const target of targets) files.push(row(target, (await fetchOne(target)).verdict));
    files.push(...notListed);
    return report(false);
  } catch (error) {
    if (options.signal.aborted || isAbortError(error)) return report(true);
    throw error;
  }
}

function row(target: CheckTarget, verdict: FileVerdict): CheckedFile {
  return {
    name: target.name,
    url: target.url,
    role: target.expectation.role,
    ...(target.version === undefined ? {} : { version: target.version }),
    verdict,
  };
}

function expectationFor(
  expected: readonly ExpectedFile[] | undefined,
  path: string,
  role: Expectation['role'],
): Expectation {
  const file = expected?.find((candidate) => candidate.path === path);
  return { role, size: file?.size, sha256: file?.sha256 };
}

const decoder = new TextDecoder();

function readEntries(
  manifest: Fetched,
): { ok: true; entries: ManifestEntry[] } | { ok: false; verdict: FileVerdict } {
  if (!isUsable(manifest.verdict) && manifest.verdict.code !== 'different') {
    return { ok: false, verdict: manifest.verdict };
  }
  try {
    return { ok: true, entries: parseUcsXml(decoder.decode(manifest.body?.bytes)) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ok: false, verdict: { code: 'unreadable-manifest', reason: error.message } };
  }
}

/** The server's SHA256SUMS: its row in the report and the files it lists (none when absent). */
async function fetchChecksums(
  manifestFolder: string,
  fetchOne: (target: CheckTarget, keep: boolean) => Promise<Fetched>,
): Promise<{ row: CheckedFile; expected: ExpectedFile[] }> {
  const target: CheckTarget = {
    name: CHECKSUMS_NAME,
    url: manifestFolder + CHECKSUMS_NAME,
    expectation: { role: 'checksums' },
  };
  const fetched = await fetchOne(target, true);
  if (fetched.verdict.code === 'missing') {
    return { row: row(target, { code: 'no-checksums' }), expected: [] };
  }
  const readable = fetched.verdict.code === 'found' && fetched.body?.bytes;
  const expected = readable ? parseSha256sums(decoder.decode(fetched.body.bytes)) : [];
  return { row: row(target, fetched.verdict), expected };
}
