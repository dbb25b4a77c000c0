/** True for the error a file system lookup gives when the name does not exist. */
export function isNotFound(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'NotFoundError';
}

/** True for the error a lookup gives when the name exists as the other kind (file vs folder). */
export function isTypeMismatch(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'TypeMismatchError';
}
