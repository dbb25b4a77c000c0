/**
 * What must hold for every damaged archive: it opens with each listed image's name and bytes
 * those of the original, or it is refused with a coded error; never an uncoded error or a hang.
 */
import { entryContent, entryStream } from '../../src/core/archive/entry-content.ts';
import type { InnerZipStage } from '../../src/core/archive/nested.ts';
import type { Archive, ArchiveEntry } from '../../src/core/archive/types.ts';
import { AppError } from '../../src/core/errors.ts';
import { readVerified } from '../../src/core/export/verified-bytes.ts';
import { wholeSource } from '../../src/core/export/content-source.ts';
import { WHOLE_FILE_LIMIT } from '../../src/platform/export/prepare-file.ts';
import { openRelease } from '../../src/core/release/open-release.ts';
import type { FuzzBase } from './bases.ts';

/** Far beyond what opening a small mutant takes on a loaded machine: only a hang gets there. */
const HANG_AFTER_MS = 60_000;

/** An unpacked inner zip, kept in memory (its size is bounded by what it declares). */
const stageInMemory: InnerZipStage = async (stream) =>
  new Blob([await new Response(stream).arrayBuffer()]);

/** `undefined` for a coded refusal, else what is wrong with how it failed. */
function uncoded(error: unknown): string | undefined {
  if (!(error instanceof AppError)) return `uncoded ${String(error)}`;
  // The mutant is in memory: nothing can fail to read it, so read-failed would be a wrong answer.
  if (error.code === 'read-failed') return `read-failed for damage: ${error.message}`;
  return undefined;
}

async function streamed(archive: Archive, entry: ArchiveEntry): Promise<Uint8Array> {
  return new Uint8Array(
    await new Response(entryStream(entryContent(archive, entry))).arrayBuffer(),
  );
}

/** The export's whole-file path, for the files it takes: checked and hashed in one piece. */
async function readWhole(archive: Archive, entry: ArchiveEntry): Promise<Uint8Array | undefined> {
  if (entry.size > WHOLE_FILE_LIMIT) return undefined;
  const source = await wholeSource({ path: entry.path, content: entryContent(archive, entry) });
  return (await readVerified(source)).bytes;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

async function checkImages(
  base: FuzzBase,
  archive: Archive,
  entries: readonly ArchiveEntry[],
): Promise<string | undefined> {
  for (const entry of entries) {
    const original = base.images.get(entry.path);
    if (original === undefined) return `lists ${entry.path}, which the original does not hold`;
    for (const read of [streamed, readWhole]) {
      let bytes: Uint8Array | undefined;
      try {
        bytes = await read(archive, entry);
        if (bytes === undefined) continue;
      } catch (error) {
        const problem = uncoded(error);
        if (problem !== undefined) return `${read.name} ${entry.path}: ${problem}`;
        continue;
      }
      if (!sameBytes(bytes, original))
        return `${read.name} ${entry.path}: bytes differ from the original`;
    }
  }
  return undefined;
}

/** How a mutant was met (`opened`, or the refusal's code) and what was wrong with it, if anything. */
export interface MutantVerdict {
  readonly outcome: string;
  readonly problem?: string;
}

async function check(base: FuzzBase, mutant: Uint8Array<ArrayBuffer>): Promise<MutantVerdict> {
  let release;
  try {
    release = await openRelease(new Blob([mutant]), base.name, { stage: stageInMemory });
  } catch (error) {
    const outcome = error instanceof AppError ? error.code : 'uncoded';
    return { outcome, problem: uncoded(error) };
  }
  const entries = release.images.map((image) => image.entry);
  return { outcome: 'opened', problem: await checkImages(base, release.archive, entries) };
}

/** How the app met this mutant; `problem` is set when the invariant does not hold. */
export async function judgeMutant(
  base: FuzzBase,
  mutant: Uint8Array<ArrayBuffer>,
): Promise<MutantVerdict> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<MutantVerdict>((resolve) => {
    const problem = `no answer within ${HANG_AFTER_MS / 1000} s`;
    timer = setTimeout(() => resolve({ outcome: 'hang', problem }), HANG_AFTER_MS);
  });
  try {
    return await Promise.race([check(base, mutant), hang]);
  } finally {
    clearTimeout(timer);
  }
}
