import { PART } from '../fixtures/named-fixtures.ts';
import { expect, openRelease, test } from './app-test.ts';
import { fixturePath } from './paths.ts';

// What the README's browser table says of Chrome and Edge; the engine tests measure the others.
test('Chromium offers folder saving, "Open with" and the install prompt, and names no limit', async ({
  page,
}) => {
  await page.goto('./');
  await openRelease(page, fixturePath('layout-root.zip'));
  await expect(page.getByRole('checkbox', { name: `VVX 500 (${PART.vvx500})` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save to folder…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download ZIP' })).toBeVisible();
  expect(
    await page.evaluate(() => ({
      openWith: 'launchQueue' in window,
      installPrompt: 'onbeforeinstallprompt' in window,
    })),
  ).toEqual({ openWith: true, installPrompt: true });
  await expect(page.getByText('This browser cannot')).toHaveCount(0);
});
