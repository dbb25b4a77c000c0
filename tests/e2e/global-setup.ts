import { mkdir, writeFile } from 'node:fs/promises';
import { HOSTILE_FIXTURES } from '../fixtures/hostile-fixtures.ts';
import { makeRelease } from '../fixtures/make-release.ts';
import { NAMED_FIXTURES, bigReleaseSpec } from '../fixtures/named-fixtures.ts';
import { E2E_FIXTURES, fixturePath } from './paths.ts';

/** Generates the synthetic releases the browser tests open (never committed: they are made here). */
export default async function globalSetup(): Promise<void> {
  await mkdir(E2E_FIXTURES, { recursive: true });
  for (const fixture of [...NAMED_FIXTURES, ...HOSTILE_FIXTURES]) {
    await writeFile(fixturePath(fixture.name), await fixture.build());
  }
  await writeFile(fixturePath('big-release.zip'), await makeRelease(bigReleaseSpec()));
}
