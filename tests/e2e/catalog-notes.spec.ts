import { PART } from '../fixtures/named-fixtures.ts';
import { expect, openRelease, test } from './app-test.ts';
import { fixturePath } from './paths.ts';

test('the D60 base is listed with why it is never picked, and Select all leaves it', async ({
  page,
}) => {
  await page.goto('./');
  await openRelease(page, fixturePath('d60-dect.zip'));
  const d60 = page.getByRole('checkbox', { name: new RegExp(`\\(${PART.d60}\\)`) });
  await expect(d60).not.toBeChecked();
  await expect(d60).toHaveAccessibleDescription(
    /installs its image \(\.dect\.ld, with its own dect\.ver\) from a provisioning server/,
  );
  await page.getByRole('button', { name: 'Select all' }).click();
  await expect(page.getByRole('checkbox', { name: `VVX 500 (${PART.vvx500})` })).toBeChecked();
  await expect(d60).not.toBeChecked();
});

test('a model whose line ended earlier is told what to add; legacy phones are named with their last line', async ({
  page,
}) => {
  await page.goto('./');
  await openRelease(page, fixturePath('newer-than-model-line.zip'));
  await expect(
    page.getByRole('checkbox', { name: `VVX 500 (${PART.vvx500})` }),
  ).toHaveAccessibleDescription(/Add a 5\.9\.x release beside this one/);
  await page.getByText('Phones that cannot use a custom server').click();
  await expect(
    page.getByText('SoundPoint IP 320, SoundPoint IP 330: last release line 3.3.x'),
  ).toBeVisible();
  await expect(
    page.getByText('SoundPoint IP 300, SoundPoint IP 500: last release line 2.1.x'),
  ).toBeVisible();
});
