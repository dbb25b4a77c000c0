import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../src/ui/messages.ts';

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
