/** The fields of a zip local file header that must agree with the central directory. */
export interface LocalHeaderFields {
  readonly flags: number;
  readonly method: number;
  readonly crc32: number;
  /**
   * The sizes, resolved through the ZIP64 extra field where the header defers to it; NaN when
   * it defers and the field is missing or holds a value past 2^53 (no real size is).
   */
  readonly compressedSize: number;
  readonly size: number;
}

const ZIP64_EXTRA_TAG = 0x0001;
const SEE_ZIP64 = 0xffffffff;

/** The name and extra-field lengths, which say where the variable part and the data begin. */
export function variableLengths(fixed: DataView): { nameLength: number; extraLength: number } {
  return { nameLength: fixed.getUint16(26, true), extraLength: fixed.getUint16(28, true) };
}

/**
 * The fields of a local header: `fixed` is its first 30 bytes (signature already checked),
 * `extra` its extra field.
 */
export function localHeaderFields(fixed: DataView, extra: DataView): LocalHeaderFields {
  const { size, compressedSize } = resolveSizes(
    fixed.getUint32(22, true),
    fixed.getUint32(18, true),
    extra,
  );
  return {
    flags: fixed.getUint16(6, true),
    method: fixed.getUint16(8, true),
    crc32: fixed.getUint32(14, true),
    compressedSize,
    size,
  };
}

/**
 * A 32-bit size of all ones defers to the ZIP64 extra field, which in a local header holds the
 * uncompressed then the compressed size: both when it is 16 bytes or more (as the format
 * requires), else only the deferred ones, in that order.
 */
function resolveSizes(
  size32: number,
  compressedSize32: number,
  extra: DataView,
): { size: number; compressedSize: number } {
  if (size32 !== SEE_ZIP64 && compressedSize32 !== SEE_ZIP64) {
    return { size: size32, compressedSize: compressedSize32 };
  }
  const zip64 = extraRecord(extra, ZIP64_EXTRA_TAG);
  const both = zip64 !== undefined && zip64.byteLength >= 16;
  let next = 0;
  const resolve = (value32: number, slot: number): number => {
    if (value32 !== SEE_ZIP64) return value32;
    const at = both ? slot * 8 : next;
    next += 8;
    return zip64 !== undefined && at + 8 <= zip64.byteLength ? uint64(zip64, at) : Number.NaN;
  };
  const size = resolve(size32, 0);
  return { size, compressedSize: resolve(compressedSize32, 1) };
}

/** The data of the first extra-field record with `tag`, or undefined. */
function extraRecord(extra: DataView, tag: number): DataView | undefined {
  for (let at = 0; at + 4 <= extra.byteLength;) {
    const length = extra.getUint16(at + 2, true);
    if (at + 4 + length > extra.byteLength) return undefined;
    if (extra.getUint16(at, true) === tag) {
      return new DataView(extra.buffer, extra.byteOffset + at + 4, length);
    }
    at += 4 + length;
  }
  return undefined;
}

function uint64(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.NaN : Number(value);
}
