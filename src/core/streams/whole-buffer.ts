/**
 * `view` as a view of a buffer of its own length (copied when it is not one). Some engines'
 * file writables write a view's whole underlying buffer instead of the view, so every view handed
 * to a writable goes through this.
 */
export function wholeBufferView(view: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  return view.byteOffset === 0 && view.byteLength === view.buffer.byteLength ? view : view.slice();
}
