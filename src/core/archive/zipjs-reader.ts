import { BlobReader, ZipReader, type ZipReaderConstructorOptions } from '@zip.js/zip.js';

/**
 * How every zip.js reader in the core is set up. Listing and reading `sip.ver` inflate next to
 * nothing, so workers would only add start-up cost; the one long inflate here, staging a deflated
 * inner zip, measured no faster with zip.js's workers on two cores. Names are listed as they are
 * (`tolerant`): zip.js would otherwise refuse a whole release because of one `../` entry, and the
 * app never turns an entry name into an output path (output names are rebuilt from the part
 * number), so listing such a name is harmless.
 */
const READER_OPTIONS: ZipReaderConstructorOptions = {
  useWebWorkers: false,
  filenameValidation: 'tolerant',
};

/** A zip.js reader over a Blob, read by random access (`Blob.slice`), never loaded whole. */
export function createZipReader(bytes: Blob): ZipReader<Blob> {
  return new ZipReader(new BlobReader(bytes), READER_OPTIONS);
}
