import { PART } from '../fixtures/named-fixtures.ts';
import { expect, openRelease, test, type Page } from './app-test.ts';
import { watchHeap } from './heap-watch.ts';
import { fixturePath } from './paths.ts';
import { downloadZipFiles } from './zip-contents.ts';

/**
 * The page's heap, array buffers included, may reach this while refusing a hostile archive.
 * Measured: about 21 MB at worst with the bomb and 5 MB with the 66,000 entries; the bomb held
 * whole, as before the size check stopped it early, took 1 GB.
 */
const HEAP_BOUND = 64 * 1024 * 1024;

/** A refusal must come in seconds, not after the archive has been chewed through. */
const PROMPTLY = { timeout: 10_000 };

async function exportsGoodRelease(page: Page): Promise<void> {
  await openRelease(page, fixturePath('layout-root.zip'));
  await page.getByRole('checkbox', { name: `VVX 500 (${PART.vvx500})` }).check();
  await page.getByLabel('Server URL').fill('http://fw.example.local/firmware/');
  const files = await downloadZipFiles(page);
  expect([...files.keys()]).toContain(`ucs-5.9.8.5760/${PART.vvx500}.sip.ld`);
}

/** Opens `fixture`, expects `sentence` in an alert promptly, and returns the heap's peak meanwhile. */
async function refusalPeak(page: Page, fixture: string, sentence: string): Promise<number> {
  await page.goto('./');
  const heap = await watchHeap(page);
  await openRelease(page, fixturePath(fixture));
  await expect(page.getByRole('alert')).toContainText(sentence, PROMPTLY);
  return heap.stop();
}

test('a sip.ver that inflates to 1 GiB is refused at once in plain words, heap bounded', async ({
  page,
}) => {
  expect(await refusalPeak(page, 'bomb-sip-ver.zip', 'sip.ver is damaged')).toBeLessThan(
    HEAP_BOUND,
  );
  await expect(page.getByRole('alert')).toContainText('Download the release again');
  await exportsGoodRelease(page);
});

test('an archive of 66,000 entries (a 7 MB directory) is refused at once, heap bounded', async ({
  page,
}) => {
  const sentence = 'lists far more files than any UC Software release';
  expect(await refusalPeak(page, 'huge-directory.zip', sentence)).toBeLessThan(HEAP_BOUND);
  await exportsGoodRelease(page);
});

test('an archive of just over 10,000 entries is refused the same way', async ({ page }) => {
  await page.goto('./');
  await openRelease(page, fixturePath('many-entries.zip'));
  await expect(page.getByRole('alert')).toContainText(
    'lists far more files than any UC Software release',
    PROMPTLY,
  );
});

test('a local header renamed to another part number is refused, naming the file', async ({
  page,
}) => {
  await page.goto('./');
  await openRelease(page, fixturePath('renamed-local-header.zip'));
  await expect(page.getByRole('alert')).toContainText(`${PART.vvx500}.sip.ld is damaged`);
  await expect(page.getByRole('alert')).toContainText('Download the release again');
});

test('firmware-like files named like no known image are listed in a note', async ({ page }) => {
  await page.goto('./');
  await openRelease(page, fixturePath('unrecognised-firmware-name.zip'));
  await expect(page.getByText(/2 files look like firmware but are not named like/)).toBeVisible();
  await expect(
    page.getByText(/3111-4460O-001\.sip\.ld, 3111-46161-001\.bootrom\.ld/),
  ).toBeVisible();
});
