/** Numbers of the zip format (PKWARE APPNOTE) that the reader and the writer share. */

/** Compression methods: the only two a release is read with. */
export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;

export const LOCAL_HEADER_SIGNATURE = 0x04034b50;
export const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
export const END_RECORD_SIGNATURE = 0x06054b50;

/** Fixed part of a local file header, before its name and extra field. */
export const LOCAL_HEADER_LENGTH = 30;
