/**
 * An in-memory stand-in for the File System Access handles, modelling what the sinks rely on:
 * a writable's bytes land in the file only on close(), abort() discards them, a file with an open
 * writable cannot be removed, and lookups fail with the browser's DOMException names.
 */

type Entry = FakeFile | FakeDirectory;

const domError = (name: string, message: string) => new DOMException(message, name);

export interface FakeFileSystemLog {
  /** Paths in the order their writables were closed. */
  readonly closed: string[];
  /** Fail a write of this path (as a full disk would). */
  failWritesTo?: string;
  /** Every write waits for this before it takes its bytes (a slow destination). */
  writesWaitFor?: Promise<void>;
  /** Write a view's whole underlying buffer instead of the view, as WebKit's writables do. */
  writesWholeBuffers?: boolean;
}

export class FakeFile {
  readonly kind = 'file';
  content: Uint8Array = new Uint8Array(0);
  openWritables = 0;

  constructor(
    readonly name: string,
    readonly path: string,
    private readonly log: FakeFileSystemLog,
  ) {}

  async getFile(): Promise<File> {
    return new File([this.content.slice()], this.name);
  }

  async createWritable(): Promise<FakeWritable> {
    this.openWritables++;
    return new FakeWritable(this, this.log);
  }
}

export class FakeWritable {
  private readonly pieces: Uint8Array[] = [];
  /** As a stream: a failed write errors it, so later writes and the close fail too. */
  private state: 'open' | 'closed' | 'aborted' | 'errored' = 'open';
  /** The write under way: `abort` waits for it, as a stream's abort does. */
  private inFlight: Promise<void> = Promise.resolve();
  writeCount = 0;

  constructor(
    private readonly file: FakeFile,
    private readonly log: FakeFileSystemLog,
  ) {}

  write(data: Uint8Array | Blob | string): Promise<void> {
    if (this.state !== 'open') return Promise.reject(new TypeError('The stream is not writable.'));
    const writing = this.take(data);
    this.inFlight = writing.catch(() => undefined);
    return writing;
  }

  private async take(data: Uint8Array | Blob | string): Promise<void> {
    if (this.log.failWritesTo === this.file.path) {
      this.state = 'errored';
      throw domError('QuotaExceededError', 'The disk is full.');
    }
    this.writeCount++;
    // The browser takes the bytes some time before the promise settles: a caller that reuses
    // its buffer too early would be caught here.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await this.log.writesWaitFor;
    const bytes =
      typeof data === 'string'
        ? new TextEncoder().encode(data)
        : data instanceof Blob
          ? new Uint8Array(await data.arrayBuffer())
          : this.log.writesWholeBuffers
            ? new Uint8Array(data.buffer.slice(0))
            : data.slice();
    this.pieces.push(bytes);
  }

  async close(): Promise<void> {
    await this.inFlight;
    if (this.state !== 'open') throw new TypeError('The stream is not open.');
    this.state = 'closed';
    this.file.openWritables--;
    const total = this.pieces.reduce((sum, piece) => sum + piece.length, 0);
    const content = new Uint8Array(total);
    let offset = 0;
    for (const piece of this.pieces) {
      content.set(piece, offset);
      offset += piece.length;
    }
    this.file.content = content;
    this.log.closed.push(this.file.path);
  }

  async abort(): Promise<void> {
    await this.inFlight;
    if (this.state === 'closed' || this.state === 'aborted') return;
    this.state = 'aborted';
    this.file.openWritables--;
  }
}

export class FakeDirectory {
  readonly kind = 'directory';
  readonly children = new Map<string, Entry>();

  constructor(
    readonly name: string,
    readonly path: string,
    readonly log: FakeFileSystemLog,
  ) {}

  private childPath(name: string) {
    return this.path === '' ? name : `${this.path}/${name}`;
  }

  getDirectoryHandle(name: string, options: { create?: boolean } = {}) {
    return this.child(name, options, FakeDirectory, 'a file');
  }

  getFileHandle(name: string, options: { create?: boolean } = {}) {
    return this.child(name, options, FakeFile, 'a folder');
  }

  /** The entry named `name` of kind `Kind`, created when asked; the browser's errors otherwise. */
  private async child<T extends Entry>(
    name: string,
    options: { create?: boolean },
    Kind: new (name: string, path: string, log: FakeFileSystemLog) => T,
    otherKind: string,
  ): Promise<T> {
    const entry = this.children.get(name);
    if (entry instanceof Kind) return entry;
    if (entry) throw domError('TypeMismatchError', `${name} is ${otherKind}.`);
    if (!options.create) throw domError('NotFoundError', `${name} not found.`);
    const created = new Kind(name, this.childPath(name), this.log);
    this.children.set(name, created);
    return created;
  }

  async *keys(): AsyncGenerator<string> {
    yield* [...this.children.keys()];
  }

  async removeEntry(name: string, options: { recursive?: boolean } = {}) {
    const entry = this.children.get(name);
    if (!entry) throw domError('NotFoundError', `${name} not found.`);
    if (entry instanceof FakeFile && entry.openWritables > 0) {
      throw domError('NoModificationAllowedError', `${name} is open for writing.`);
    }
    if (entry instanceof FakeDirectory && entry.children.size > 0 && !options.recursive) {
      throw domError('InvalidModificationError', `${name} is not empty.`);
    }
    this.children.delete(name);
  }

  /** Every file below, by path, with its bytes as text (latin1, one char per byte). */
  snapshot(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const entry of this.children.values()) {
      if (entry instanceof FakeFile)
        result[entry.path] = Buffer.from(entry.content).toString('latin1');
      else Object.assign(result, entry.snapshot(), { [`${entry.path}/`]: '' });
    }
    return result;
  }

  /** Puts a file with `text` at `path`, creating folders on the way. */
  async put(path: string, text: string): Promise<void> {
    const [first = '', ...rest] = path.split('/');
    if (rest.length > 0) {
      await (await this.getDirectoryHandle(first, { create: true })).put(rest.join('/'), text);
      return;
    }
    (await this.getFileHandle(first, { create: true })).content = new TextEncoder().encode(text);
  }
}

/** A fresh fake folder, typed as the browser's handle for the code under test. */
export function createFakeFolder(): {
  fake: FakeDirectory;
  handle: FileSystemDirectoryHandle;
  log: FakeFileSystemLog;
} {
  const log: FakeFileSystemLog = { closed: [] };
  const fake = new FakeDirectory('picked', '', log);
  return { fake, handle: fake as unknown as FileSystemDirectoryHandle, log };
}
