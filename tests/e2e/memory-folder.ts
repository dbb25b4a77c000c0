import type { Page } from '@playwright/test';

/**
 * Replaces the directory picker with one that hands out a folder held in the page's memory, for
 * pages that have no origin-private file system to stand in for the folder (Chromium refuses it
 * to a file page). The folder offers what the folder export uses of a real one: sub-folders,
 * files, writables that replace a file's content only when closed, removal, listing. Read it
 * with listPickedFolder.
 */
export async function usePickerBackedByMemory(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const problem = (name: string, message: string) => new DOMException(message, name);

    class MemoryFile {
      readonly kind = 'file';
      content: File;
      constructor(readonly name: string) {
        this.content = new File([], name);
      }
      async getFile() {
        return this.content;
      }
      async createWritable() {
        // Each part is a Blob: it copies the bytes, which the writer may reuse once written.
        let parts: Blob[] = [];
        let open = true;
        const closed = () => problem('InvalidStateError', 'The writable is closed.');
        return {
          write: async (data: BlobPart) => {
            if (!open) throw closed();
            parts.push(new Blob([data]));
          },
          close: async () => {
            if (!open) throw closed();
            open = false;
            this.content = new File(parts, this.name);
          },
          abort: async () => {
            open = false;
            parts = [];
          },
        };
      }
    }

    class MemoryFolder {
      readonly kind = 'directory';
      readonly children = new Map<string, MemoryFile | MemoryFolder>();
      constructor(readonly name: string) {}
      lookUp(name: string, kind: 'file' | 'directory', create: boolean) {
        const existing = this.children.get(name);
        if (existing && existing.kind !== kind) throw problem('TypeMismatchError', name);
        if (existing) return existing;
        if (!create) throw problem('NotFoundError', name);
        const made = kind === 'file' ? new MemoryFile(name) : new MemoryFolder(name);
        this.children.set(name, made);
        return made;
      }
      async getFileHandle(name: string, options?: { create?: boolean }) {
        return this.lookUp(name, 'file', options?.create === true);
      }
      async getDirectoryHandle(name: string, options?: { create?: boolean }) {
        return this.lookUp(name, 'directory', options?.create === true);
      }
      async removeEntry(name: string, options?: { recursive?: boolean }) {
        const entry = this.children.get(name);
        if (!entry) throw problem('NotFoundError', name);
        if (entry.kind === 'directory' && entry.children.size > 0 && !options?.recursive) {
          throw problem('InvalidModificationError', `${name} is not empty.`);
        }
        this.children.delete(name);
      }
      async *entries() {
        yield* this.children.entries();
      }
      async *keys() {
        yield* this.children.keys();
      }
    }

    const picked = new MemoryFolder('picked-folder');
    Object.defineProperty(window, 'showDirectoryPicker', {
      configurable: true,
      value: async () => picked,
    });
    Object.defineProperty(window, '__pickedFolder', {
      value: async () => picked,
    });
  });
}
