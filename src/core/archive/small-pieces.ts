/**
 * How much compressed input the inflater is given at a time. A browser inflates each input chunk
 * whole before its output can be read (Chromium hands a Blob's stream out as one chunk of up to
 * a megabyte or more), and deflate expands up to 1032 times: fed 16 KiB at a time, an entry can
 * produce at most about 16 MiB before the reader sees the first bytes and can stop it.
 */
const INFLATE_INPUT_PIECE = 16 * 1024;

/**
 * The same for a file inflated whole, into a buffer of its declared size (at most 128 MB, in a
 * worker): each piece costs a turn of the stream machinery, and 16 KiB pieces made an export of
 * deflated images about a tenth slower. Fed 64 KiB at a time, an entry can make at most about
 * 64 MiB beyond that buffer before it is refused.
 */
export const WHOLE_INFLATE_INPUT_PIECE = 64 * 1024;

/**
 * `source` re-cut into pieces of at most `pieceSize` bytes, handed out one per pull, so whoever
 * reads it (an inflater) takes no more than it asks for. The pieces are views, not copies.
 */
export function inSmallPieces(
  source: ReadableStream<Uint8Array<ArrayBuffer>>,
  pieceSize = INFLATE_INPUT_PIECE,
): ReadableStream<Uint8Array<ArrayBuffer>> {
  const reader = source.getReader();
  let pending: Uint8Array<ArrayBuffer> | undefined;
  return new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      async pull(controller) {
        while (pending === undefined || pending.length === 0) {
          const { done, value } = await reader.read();
          if (done) {
            controller.close();
            return;
          }
          pending = value;
        }
        controller.enqueue(pending.subarray(0, pieceSize));
        pending = pending.subarray(pieceSize);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}
