/* eslint-disable @typescript-eslint/no-non-null-assertion -- every table index is masked to 0..255, so lookups never miss; checking them in the hot loop would cost speed */

/** Eight 256-entry tables for slice-by-8: table k gives the CRC of a byte followed by k zero bytes. */
function buildTables(): Int32Array[] {
  const tables = Array.from({ length: 8 }, () => new Int32Array(256));
  const base = tables[0]!;
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    base[n] = c;
  }
  for (let k = 1; k < 8; k++) {
    const previous = tables[k - 1]!;
    const table = tables[k]!;
    for (let n = 0; n < 256; n++) {
      const c = previous[n]!;
      table[n] = base[c & 0xff]! ^ (c >>> 8);
    }
  }
  return tables;
}

const [T0, T1, T2, T3, T4, T5, T6, T7] = buildTables() as [
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
];

/** Advances a pre-inverted CRC register over `bytes`, eight bytes per step. */
function advance(register: number, bytes: Uint8Array): number {
  let c = register;
  const length = bytes.length;
  const whole = length - (length % 8);
  let i = 0;
  for (; i < whole; i += 8) {
    const low =
      c ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24));
    c =
      T7[low & 0xff]! ^
      T6[(low >>> 8) & 0xff]! ^
      T5[(low >>> 16) & 0xff]! ^
      T4[low >>> 24]! ^
      T3[bytes[i + 4]!]! ^
      T2[bytes[i + 5]!]! ^
      T1[bytes[i + 6]!]! ^
      T0[bytes[i + 7]!]!;
  }
  for (; i < length; i++) c = T0[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return c;
}

/** A CRC-32 (ISO-HDLC, as in zip and gzip) computed over bytes that arrive in pieces. */
export interface Crc32 {
  update(chunk: Uint8Array): void;
  /** The CRC of everything passed so far, as an unsigned 32-bit number. */
  digest(): number;
}

/** Starts a streaming CRC-32. */
export function createCrc32(): Crc32 {
  let register = -1;
  return {
    update(chunk) {
      register = advance(register, chunk);
    },
    digest() {
      return (register ^ -1) >>> 0;
    },
  };
}

/** The CRC-32 of `bytes`, as an unsigned 32-bit number. */
export function crc32(bytes: Uint8Array): number {
  return (advance(-1, bytes) ^ -1) >>> 0;
}
