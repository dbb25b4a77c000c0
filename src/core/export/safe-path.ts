import { AppError } from '../errors.ts';

// Names a file system could read as something else than one plain name inside the folder.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const UNSAFE_CHARACTERS = /[/\\:\u0000-\u001f\u007f]/;

/**
 * Splits an output path into its segments, refusing anything that could land outside the output
 * folder or be read differently by a file system: empty, `.` or `..` segments, and segments
 * holding `/`, `\`, `:` or control characters.
 *
 * @throws AppError `write-failed` naming the path.
 */
export function splitSafePath(path: string): string[] {
  const segments = path.split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..' || UNSAFE_CHARACTERS.test(segment)) {
      throw new AppError('write-failed', `Refusing to write to the unsafe path "${path}".`, {
        file: path,
      });
    }
  }
  return segments;
}
