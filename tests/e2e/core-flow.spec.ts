import { parseUcsXml } from '../../src/core/manifest/parse.ts';
import { expectedImageBytes, sipVerBytes } from '../fixtures/make-release.ts';
import { PART, bigReleaseSpec } from '../fixtures/named-fixtures.ts';
import { expect, openRelease, prepareSampleRelease, test } from './app-test.ts';
import { fixturePath } from './paths.ts';
import { clickDownloadZip, downloadZipFiles, readZip, saveDownload } from './zip-contents.ts';

test('a 90 MB release becomes a zip holding exactly the picked images, sip.ver and ucs.xml', async ({
  page,
  requests,
}) => {
  await page.goto('./');
  await openRelease(page, fixturePath('big-release.zip'));
  await page.getByRole('checkbox', { name: `VVX 500 (${PART.vvx500})` }).check();
  await page.getByRole('checkbox', { name: `VVX 501 (${PART.vvx501})` }).check();
  await expect(page.getByLabel('Version')).toHaveValue('5.9.8.5760');
  await page.getByLabel('Version').fill('5.9.8.5760');
  await page.getByLabel('Server URL').fill('  http://fw.example.local/firmware  ');
  for (const extra of ['SHA256SUMS', 'README.txt', 'web.config']) {
    await page.getByRole('checkbox', { name: new RegExp(extra) }).uncheck();
  }
  await expect(page.getByText('http://fw.example.local/firmware/ucs.xml').first()).toBeVisible();

  const requestsBeforeExport = requests.urls.length;
  const download = await clickDownloadZip(page);
  expect(download.suggestedFilename()).toBe('ucs-5.9.8.5760.zip');
  const files = await readZip(await saveDownload(download));
  expect([...files.keys()].sort()).toEqual([
    `ucs-5.9.8.5760/${PART.vvx500}.sip.ld`,
    `ucs-5.9.8.5760/${PART.vvx501}.sip.ld`,
    'ucs-5.9.8.5760/sip.ver',
    'ucs-5.9.8.5760/ucs.xml',
  ]);
  const spec = bigReleaseSpec();
  for (const part of [PART.vvx500, PART.vvx501]) {
    const bytes = files.get(`ucs-5.9.8.5760/${part}.sip.ld`)!;
    expect(Buffer.from(bytes).equals(Buffer.from(expectedImageBytes(spec, part)))).toBe(true);
  }
  expect(files.get('ucs-5.9.8.5760/sip.ver')).toEqual(sipVerBytes('5.9.8.5760'));
  const manifest = parseUcsXml(new TextDecoder().decode(files.get('ucs-5.9.8.5760/ucs.xml')));
  expect(manifest).toEqual([{ version: '5.9.8.5760', path: 'http://fw.example.local/firmware/' }]);
  await expect(page.getByRole('heading', { name: /Downloaded ucs-5.9.8.5760.zip/ })).toBeVisible();
  const origin = new URL(page.url()).origin;
  const outside = requests.urls.slice(requestsBeforeExport).filter((url) => {
    return !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== origin;
  });
  expect(outside).toEqual([]);
});

test('the sample release can be tried end to end without firmware', async ({ page }) => {
  await page.goto('./');
  await prepareSampleRelease(page, 'https://intranet.example/phones/fw/');
  const names = [...(await downloadZipFiles(page)).keys()];
  expect(names).toContain('ucs-5.9.8.5760/ucs.xml');
  expect(names).toContain('ucs-5.9.8.5760/3111-44500-001.sip.ld');
  expect(names.filter((name) => name.endsWith('.sip.ld'))).toHaveLength(6);
});

test('a file that is not a zip gets a plain alert, and the next good file still opens', async ({
  page,
}) => {
  await page.goto('./');
  await openRelease(page, fixturePath('not-a-zip.zip'));
  await expect(page.getByRole('alert')).toContainText('not a zip archive');
  await openRelease(page, fixturePath('layout-root.zip'));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: `VVX 500 (${PART.vvx500})` })).toBeVisible();
});
