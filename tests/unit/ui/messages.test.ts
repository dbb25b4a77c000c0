import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors.ts';
import { errorMessage, warningMessage } from '../../../src/ui/messages.ts';

describe('the sentences for damaged and hostile archives', () => {
  it.each([
    ['damaged-zip', 'damaged'],
    ['entry-header-mismatch', '3111-44500-001.sip.ld is damaged'],
    ['overlapping-entries', '3111-44500-001.sip.ld is damaged'],
    ['corrupt-entry', '3111-44500-001.sip.ld is damaged'],
    ['unrecognised-zip', 'download the release again'],
  ] as const)('%s names the damage and says to download the release again', (code, words) => {
    const sentence = errorMessage(new AppError(code, 'detail', { file: '3111-44500-001.sip.ld' }));
    expect(sentence).toContain(words);
    expect(sentence.toLowerCase()).toContain('download the release again');
  });

  it('gives zip.js its own words where the app has none', () => {
    const sentence = errorMessage(new AppError('unrecognised-zip', 'Invalid codec module'));
    expect(sentence).toContain('(The zip reader said: Invalid codec module)');
  });

  it('says plainly that an archive of too many entries is no release', () => {
    expect(errorMessage(new AppError('too-many-entries', 'x'))).toContain(
      'lists far more files than any UC Software release',
    );
  });

  it('lists firmware-like names it left out, five at most, then how many more', () => {
    const one = warningMessage({ code: 'unrecognised-firmware-names', paths: ['a.ld'] });
    expect(one).toContain('One file looks like firmware but is not named like');
    expect(one).toContain('it is not listed: a.ld.');
    const paths = ['a.ld', 'b.ld', 'c.ld', 'd.ld', 'e.ld', 'f.ld', 'g.ld'];
    const many = warningMessage({ code: 'unrecognised-firmware-names', paths });
    expect(many).toContain('7 files look like firmware');
    expect(many).toContain('a.ld, b.ld, c.ld, d.ld, e.ld and 2 more.');
  });
});

describe('errorMessage for an unexpected error', () => {
  it.each([
    ['a message without a full stop', new Error('Disk quota exceeded')],
    ['a message that ends its sentence', new Error('Disk quota exceeded.')],
    ['a message with trailing space', new Error('Disk quota exceeded. ')],
    ['a thrown string', 'Disk quota exceeded'],
  ])('ends the browser’s words with one full stop (%s)', (_case, error) => {
    expect(errorMessage(error)).toBe(
      'Something unexpected went wrong: Disk quota exceeded. Nothing was saved; try again.',
    );
  });

  it('keeps a question or exclamation mark the browser ended with', () => {
    expect(errorMessage(new DOMException('Why?'))).toBe(
      'Something unexpected went wrong: Why? Nothing was saved; try again.',
    );
  });
});
