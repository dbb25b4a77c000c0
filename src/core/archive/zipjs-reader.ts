import { BlobReader, ZipReader, type ZipReaderConstructorOptions } from '@zip.js/zip.js';
import { MAX_LISTING_READ_BYTES, tooManyEntries } from './listing-limits.ts';

/**
 * How every zip.js reader in the core is set up. zip.js only lists archives (entry data is read
 * by the app itself, see entry-content.ts), which inflates nothing, so its workers would only add
 * start-up cost. Names are listed as they are
 * (`tolerant`): zip.js would otherwise refuse a whole release because of one `../` entry, and the
 * app never turns an entry name into an output path (output names are rebuilt from the part
 * number), so listing such a name is harmless. Strictness stays `balanced`, which bounds the
 * search for the end record to its last 128 KiB (`tolerant` would read the whole file).
 */
const READER_OPTIONS: ZipReaderConstructorOptions = {
  useWebWorkers: false,
  filenameValidation: 'tolerant',
};

/**
 * A Blob reader refusing any read larger than {@link MAX_LISTING_READ_BYTES}: zip.js reads the
 * central directory in one piece, as long as the end record says, so a huge directory (or a
 * damaged length) would otherwise be held whole before a single entry is seen.
 */
class BoundedBlobReader extends BlobReader {
  readonly #archiveName: string;

  constructor(bytes: Blob, archiveName: string) {
    super(bytes);
    this.#archiveName = archiveName;
  }

  override async readUint8Array(offset: number, length: number): Promise<Uint8Array> {
    const available = Math.min(length, this.size - offset);
    if (available > MAX_LISTING_READ_BYTES) throw tooManyEntries(this.#archiveName);
    return super.readUint8Array(offset, length);
  }
}

/** A zip.js reader over a Blob, read by random access (`Blob.slice`), never loaded whole. */
export function createZipReader(bytes: Blob, archiveName: string): ZipReader<Blob> {
  return new ZipReader(new BoundedBlobReader(bytes, archiveName), READER_OPTIONS);
}
