/** The error every cancelled step ends with, whatever reason the signal was aborted with. */
export function abortError(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}

/** Throws the cancel error when `signal` has been aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}
