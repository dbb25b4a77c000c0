/* eslint-disable @typescript-eslint/no-non-null-assertion -- indexes stay inside fixed-size arrays (0..63, 0..7); checking them in the hot loop would cost speed */

/** SHA-256 round constants (FIPS 180-4 §4.2.2): fractional parts of the cube roots of the first 64 primes. */
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** Initial hash value (FIPS 180-4 §5.3.3): fractional parts of the square roots of the first 8 primes. */
const INITIAL_STATE = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

const BLOCK_BYTES = 64;

/**
 * Runs the compression function over every whole 64-byte block of `bytes[from..to)`, updating
 * `state` in place. `w` is the reused message schedule.
 */
function compressBlocks(
  state: Int32Array,
  w: Int32Array,
  bytes: Uint8Array,
  from: number,
  to: number,
): void {
  let h0 = state[0]!,
    h1 = state[1]!,
    h2 = state[2]!,
    h3 = state[3]!;
  let h4 = state[4]!,
    h5 = state[5]!,
    h6 = state[6]!,
    h7 = state[7]!;
  for (let p = from; p + BLOCK_BYTES <= to; p += BLOCK_BYTES) {
    for (let t = 0; t < 16; t++) {
      const i = p + t * 4;
      w[t] = (bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!;
    }
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
    }
    let a = h0,
      b = h1,
      c = h2,
      d = h3,
      e = h4,
      f = h5,
      g = h6,
      h = h7;
    for (let t = 0; t < 64; t++) {
      const sigma1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const choose = (e & f) ^ (~e & g);
      const t1 = (h + sigma1 + choose + K[t]! + w[t]!) | 0;
      const sigma0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const majority = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (sigma0 + majority) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  state[0] = h0;
  state[1] = h1;
  state[2] = h2;
  state[3] = h3;
  state[4] = h4;
  state[5] = h5;
  state[6] = h6;
  state[7] = h7;
}

/** A SHA-256 (FIPS 180-4) computed over bytes that arrive in pieces. */
export interface Sha256 {
  update(chunk: Uint8Array): void;
  /** Finishes the hash: lower-case hex of the 32-byte digest. Call once; no update afterwards. */
  digestHex(): string;
}

/** Starts a streaming SHA-256. */
export function createSha256(): Sha256 {
  const state = Int32Array.from(INITIAL_STATE);
  const schedule = new Int32Array(64);
  // Bytes of an incomplete block carried over to the next update.
  const pending = new Uint8Array(BLOCK_BYTES);
  let pendingLength = 0;
  let totalLength = 0;
  let finished = false;

  function update(chunk: Uint8Array): void {
    if (finished) throw new Error('SHA-256 already finished');
    totalLength += chunk.length;
    let offset = 0;
    if (pendingLength > 0) {
      offset = Math.min(BLOCK_BYTES - pendingLength, chunk.length);
      pending.set(chunk.subarray(0, offset), pendingLength);
      pendingLength += offset;
      if (pendingLength < BLOCK_BYTES) return;
      compressBlocks(state, schedule, pending, 0, BLOCK_BYTES);
      pendingLength = 0;
    }
    const wholeEnd = offset + Math.floor((chunk.length - offset) / BLOCK_BYTES) * BLOCK_BYTES;
    compressBlocks(state, schedule, chunk, offset, wholeEnd);
    pending.set(chunk.subarray(wholeEnd), 0);
    pendingLength = chunk.length - wholeEnd;
  }

  function digestHex(): string {
    // Padding (§5.1.1): a 1 bit, zeros, then the message length in bits as a 64-bit big-endian number.
    const bitLength = totalLength * 8;
    const tailLength = pendingLength < 56 ? BLOCK_BYTES : 2 * BLOCK_BYTES;
    const tail = new Uint8Array(tailLength);
    tail.set(pending.subarray(0, pendingLength));
    tail[pendingLength] = 0x80;
    const view = new DataView(tail.buffer);
    view.setUint32(tailLength - 8, Math.floor(bitLength / 0x100000000));
    view.setUint32(tailLength - 4, bitLength >>> 0);
    compressBlocks(state, schedule, tail, 0, tailLength);
    finished = true;
    return Array.from(state, (word) => (word >>> 0).toString(16).padStart(8, '0')).join('');
  }

  return { update, digestHex };
}

/** Lower-case hex SHA-256 of `bytes`, in JS, at once: for small files, or where WebCrypto is missing. */
export function sha256HexOf(bytes: Uint8Array): string {
  const hash = createSha256();
  hash.update(bytes);
  return hash.digestHex();
}
