import { PART } from '../fixtures/named-fixtures.ts';
import { dropRelease, expect, test } from './app-test.ts';
import { fixturePath } from './paths.ts';

test('a release dropped on the drop zone opens like a chosen one', async ({ page }) => {
  await page.goto('./');
  await dropRelease(
    page,
    fixturePath('layout-wrapped.zip'),
    'UC_Software_5_9_8_release_sig_split.zip',
  );
  await expect(page.getByRole('checkbox', { name: `VVX 600 (${PART.vvx600})` })).toBeVisible();
  await expect(page.getByText('UC_Software_5_9_8_release_sig_split.zip')).toBeVisible();
});
