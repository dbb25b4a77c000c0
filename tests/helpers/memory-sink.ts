import type { OutputSink } from '../../src/core/export/sink.ts';

/** A sink that keeps committed files in a map: enough to check what an export would write. */
export function createMemorySink(): OutputSink & { files: Map<string, Uint8Array> } {
  const placed = new Map<string, Blob>();
  const files = new Map<string, Uint8Array>();
  return {
    files,
    async place(prepared, { onBytes }) {
      placed.set(prepared.path, prepared.blob);
      onBytes(prepared.size);
    },
    async commit() {
      for (const [path, blob] of placed) files.set(path, new Uint8Array(await blob.arrayBuffer()));
    },
    async abort() {
      placed.clear();
    },
  };
}
