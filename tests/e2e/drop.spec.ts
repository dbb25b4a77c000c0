import { readFile } from 'node:fs/promises';
import { PART } from '../fixtures/named-fixtures.ts';
import { expect, test } from './app-test.ts';
import { fixturePath } from './paths.ts';

test('a release dropped on the drop zone opens like a chosen one', async ({ page }) => {
  await page.goto('./');
  const bytes = [...(await readFile(fixturePath('layout-wrapped.zip')))];
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File([new Uint8Array(content)], 'UC_Software_5_9_8_release_sig_split.zip', {
        type: 'application/zip',
      }),
    );
    return transfer;
  }, bytes);
  const dropZone = page.getByRole('group', { name: /Drop a UC Software release/ });
  await dropZone.dispatchEvent('dragover', { dataTransfer });
  await dropZone.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('checkbox', { name: `VVX 600 (${PART.vvx600})` })).toBeVisible();
  await expect(page.getByText('UC_Software_5_9_8_release_sig_split.zip')).toBeVisible();
});
