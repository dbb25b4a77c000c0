/**
 * The damage a download, a bad disk or a person can do to a zip, as data: each mutation is
 * printed as it is, so a failing mutant can be rebuilt from what the report says.
 */
import { concat } from '../fixtures/raw-zip.ts';

export type Mutation =
  | { readonly kind: 'flip'; readonly at: number; readonly mask: number }
  | { readonly kind: 'set32'; readonly at: number; readonly value: number }
  | { readonly kind: 'truncate'; readonly length: number }
  | { readonly kind: 'append'; readonly count: number; readonly byte: number }
  | { readonly kind: 'insert'; readonly at: number; readonly count: number; readonly byte: number }
  | { readonly kind: 'zero'; readonly at: number; readonly count: number }
  /** Central record `index` made to point at the local header central record `target` points at. */
  | { readonly kind: 'retarget'; readonly index: number; readonly target: number }
  /** Central record `index` overwritten by a copy of record `source` (same length only). */
  | { readonly kind: 'duplicate'; readonly index: number; readonly source: number };

const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_OFFSET_FIELD = 42;

/** Where a signature stands in the bytes (every occurrence, data included: damage is blind). */
export function signatureOffsets(zip: Uint8Array, signature: number): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const found: number[] = [];
  for (let at = 0; at + 4 <= zip.length; at += 1) {
    if (view.getUint32(at, true) === signature) found.push(at);
  }
  return found;
}

function centralRecordLength(view: DataView, at: number): number {
  return (
    46 +
    view.getUint16(at + 28, true) +
    view.getUint16(at + 30, true) +
    view.getUint16(at + 32, true)
  );
}

function junk(count: number, byte: number): Uint8Array {
  return new Uint8Array(count).fill(byte);
}

/** The bytes with one mutation applied (a copy; the input is never changed). */
export function applyMutation(
  zip: Uint8Array<ArrayBuffer>,
  mutation: Mutation,
): Uint8Array<ArrayBuffer> {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const inside = (at: number, length: number) => at >= 0 && at + length <= copy.length;
  switch (mutation.kind) {
    case 'flip':
      if (inside(mutation.at, 1)) copy[mutation.at] = (copy[mutation.at] ?? 0) ^ mutation.mask;
      return copy;
    case 'set32':
      if (inside(mutation.at, 4)) view.setUint32(mutation.at, mutation.value >>> 0, true);
      return copy;
    case 'zero':
      copy.fill(0, mutation.at, mutation.at + mutation.count);
      return copy;
    case 'truncate':
      return copy.slice(0, mutation.length);
    case 'append':
      return concat([copy, junk(mutation.count, mutation.byte)]);
    case 'insert':
      return concat([
        copy.subarray(0, mutation.at),
        junk(mutation.count, mutation.byte),
        copy.subarray(mutation.at),
      ]);
    case 'retarget': {
      const records = signatureOffsets(copy, CENTRAL_SIGNATURE);
      const record = records[mutation.index];
      const target = records[mutation.target];
      const field = (at: number | undefined) =>
        at !== undefined && inside(at + CENTRAL_OFFSET_FIELD, 4);
      if (field(record) && field(target) && record !== undefined && target !== undefined) {
        const offset = view.getUint32(target + CENTRAL_OFFSET_FIELD, true);
        view.setUint32(record + CENTRAL_OFFSET_FIELD, offset, true);
      }
      return copy;
    }
    case 'duplicate': {
      const records = signatureOffsets(copy, CENTRAL_SIGNATURE);
      const record = records[mutation.index];
      const source = records[mutation.source];
      if (
        record === undefined ||
        source === undefined ||
        !inside(source, 46) ||
        !inside(record, 46)
      )
        return copy;
      const length = centralRecordLength(view, source);
      if (
        length === centralRecordLength(view, record) &&
        inside(source, length) &&
        inside(record, length)
      ) {
        copy.copyWithin(record, source, source + length);
      }
      return copy;
    }
  }
}

/** Values a damaged or crafted 32-bit field tends to hold. */
const FIELD_VALUES = [0, 1, 0xffffffff, 0x7fffffff, 0x80000000, 0xffff, 0x10000];

/** Picks mutations with `next` (a seeded generator), aimed at headers half of the time. */
export function pickMutations(zip: Uint8Array, next: () => number): Mutation[] {
  const below = (limit: number) => (limit <= 0 ? 0 : next() % limit);
  const headers = [0x04034b50, CENTRAL_SIGNATURE, 0x06054b50, 0x06064b50, 0x07064b50].flatMap(
    (signature) => signatureOffsets(zip, signature),
  );
  const centralCount = signatureOffsets(zip, CENTRAL_SIGNATURE).length;
  const position = () =>
    next() % 2 === 0 && headers.length > 0
      ? (headers[below(headers.length)] ?? 0) + below(64)
      : below(zip.length);
  const pick = (): Mutation => {
    switch (below(9)) {
      case 0:
      case 1:
        return { kind: 'flip', at: position(), mask: 1 << below(8) };
      case 2:
        return {
          kind: 'set32',
          at: position(),
          value: next() % 2 === 0 ? (FIELD_VALUES[below(FIELD_VALUES.length)] ?? 0) : next(),
        };
      case 3:
        return { kind: 'truncate', length: below(zip.length) };
      case 4:
        return { kind: 'append', count: 1 + below(64), byte: below(256) };
      case 5:
        return { kind: 'insert', at: position(), count: 1 + below(8), byte: below(256) };
      case 6:
        return { kind: 'zero', at: position(), count: 1 + below(16) };
      case 7:
        return { kind: 'retarget', index: below(centralCount), target: below(centralCount) };
      default:
        return { kind: 'duplicate', index: below(centralCount), source: below(centralCount) };
    }
  };
  return Array.from({ length: 1 + below(3) }, pick);
}
