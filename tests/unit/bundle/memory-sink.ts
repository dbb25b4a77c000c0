import { createSha256 } from '../../../src/core/checksum/sha256.ts';
import type { OutputSink } from '../../../src/core/export/sink.ts';

/** A sink that keeps committed files in a map: enough to check what an export would write. */
export function createMemorySink(): OutputSink & { files: Map<string, Uint8Array> } {
  const staged = new Map<string, Uint8Array>();
  const files = new Map<string, Uint8Array>();
  return {
    files,
    async write(file, { signal, onBytes }) {
      const chunks: Uint8Array[] = [];
      const hash = createSha256();
      for await (const chunk of file.content.stream(signal)) {
        chunks.push(chunk);
        hash.update(chunk);
        onBytes(chunk.length);
      }
      const bytes = new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
      staged.set(file.path, bytes);
      return { path: file.path, size: bytes.length, sha256: hash.digestHex() };
    },
    async commit() {
      for (const [path, bytes] of staged) files.set(path, bytes);
    },
    async abort() {
      staged.clear();
    },
  };
}
