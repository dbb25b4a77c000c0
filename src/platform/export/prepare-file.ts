import { AppError } from '../../core/errors.ts';
import { contentStream, wholeSource } from '../../core/export/content-source.ts';
import type { PrepareFile, PreparedFile } from '../../core/export/sink.ts';
import type { OutputFile } from '../../core/export/types.ts';
import { splitSafePath } from '../../core/export/safe-path.ts';
import { writeStep } from '../../core/export/write-step.ts';
import { forEachChunk } from '../../core/streams/for-each-chunk.ts';
import type { ContentEngine } from '../../workers/content/engine.ts';
import type { Staging } from '../staging/staging.ts';
import { hashingTap, type HashingTap } from './hashing-tap.ts';

/**
 * Largest file read whole into memory (outside the JS heap) to be checked and hashed natively;
 * with two files in flight an export holds at most twice this. Larger files are streamed.
 */
export const WHOLE_FILE_LIMIT = 128 * 1024 * 1024;

/**
 * The one place that makes an output file's verified bytes and SHA-256, and so the only one
 * that chooses how:
 *
 * - bytes already in a Blob (a slice of the release, generated text) are read once by `engine`
 *   (in a worker) to check their CRC-32 and hash them; the Blob itself is what sinks place, and
 *   they may start taking it at once, while the check runs;
 * - a deflated entry is inflated and checked by `engine` into `staging`: straight to disk by a
 *   worker where staging offers a file for it, otherwise returned and staged from here;
 * - a file larger than `wholeFileLimit` is streamed instead, checked and hashed on the way
 *   (WebCrypto cannot hash in pieces), inflated ones into `staging`.
 *
 * Where a capability is missing, the engine and the staging each have one answer for every
 * route: no worker, the page does the work; no usable OPFS, staging is memory.
 */
export function createFilePreparer(options: {
  engine: ContentEngine;
  staging: Staging;
  wholeFileLimit?: number;
}): PrepareFile {
  const { engine, staging } = options;
  const wholeFileLimit = options.wholeFileLimit ?? WHOLE_FILE_LIMIT;
  let staged = 0;
  const stagingName = (file: OutputFile) =>
    `${(staged += 1)}-${splitSafePath(file.path).join('-')}`;

  async function prepareWhole(file: OutputFile, signal?: AbortSignal): Promise<PreparedFile> {
    const source = await wholeSource(file);
    const prepared = { path: file.path, size: source.size, crc32: source.crc32 };
    if (source.kind === 'plain') {
      const sha256 = engine.check(source, signal);
      // Awaited by the export once the sink has the Blob; a sink that fails first leaves it.
      sha256.catch(() => undefined);
      return { ...prepared, sha256, blob: source.blob, release: nothingToRelease };
    }
    const name = stagingName(file);
    const release = () => staging.drop(name);
    try {
      const target = await staging.file(name);
      if (target) {
        const sha256 = await engine.stage(source, target, signal);
        const blob = await writeStep(file.path, () => target.getFile());
        return { ...prepared, sha256: Promise.resolve(sha256), blob, release };
      }
      // Staging is memory: the worker's buffer, now the page's, is the staged file.
      const { bytes, sha256 } = await engine.read(source, signal);
      return { ...prepared, sha256: Promise.resolve(sha256), blob: new Blob([bytes]), release };
    } catch (error) {
      await release();
      throw error;
    }
  }

  async function prepareStreamed(file: OutputFile, signal?: AbortSignal): Promise<PreparedFile> {
    const { content } = file;
    const tap = hashingTap(contentStream(file, signal));
    if (content.kind === 'deflated') {
      const name = stagingName(file);
      const blob = await staging.put(name, tap.stream, signal);
      return {
        ...seen(tap),
        path: file.path,
        crc32: content.crc32,
        blob,
        release: () => staging.drop(name),
      };
    }
    // Read once to verify and hash; sinks then take the bytes where they already are.
    await forEachChunk(tap.stream, () => undefined);
    const blob = content.kind === 'generated' ? content.blob : await content.locate();
    return {
      ...seen(tap),
      path: file.path,
      crc32: content.crc32,
      blob,
      release: nothingToRelease,
    };
  }

  return async (file, signal) => {
    const prepared =
      file.content.size > wholeFileLimit
        ? await prepareStreamed(file, signal)
        : await prepareWhole(file, signal);
    if (prepared.blob.size !== file.content.size) {
      // The bytes were verified on their way in: only the staging can have lost some.
      await prepared.release();
      throw new AppError('write-failed', `${file.path} was staged incomplete.`, {
        file: file.path,
      });
    }
    return prepared;
  };
}

async function nothingToRelease(): Promise<void> {}

/** What a streamed file's tap counted and hashed: verified once the stream has ended. */
function seen(tap: HashingTap): { size: number; sha256: Promise<string> } {
  const { size, sha256 } = tap.seen();
  return { size, sha256: Promise.resolve(sha256) };
}
