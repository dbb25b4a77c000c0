import { describe, expect, it } from 'vitest';
import {
  hashSource,
  portableContentSecurityPolicy,
} from '../../../scripts/portable/portable-csp.ts';

describe('the portable copy policy', () => {
  it('allows its own script and style by hash, workers from blob:, and loads or contacts nothing', () => {
    const policy = portableContentSecurityPolicy({ scripts: ['run()'], styles: ['a{}'] });
    expect(policy.split('; ')).toEqual([
      "default-src 'none'",
      `script-src ${hashSource('run()')}`,
      `style-src ${hashSource('a{}')}`,
      'img-src data: blob:',
      'worker-src blob:',
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(policy).not.toMatch(/unsafe|'self'|\*/);
  });

  it('names a source by the SHA-256 of its text, as browsers compute it', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});
