import { readFile } from 'node:fs/promises';
import { test as base, expect, type Page } from '@playwright/test';

/** Every request the page made, to prove nothing leaves the app's origin. */
export interface RequestLog {
  readonly urls: string[];
}

/**
 * The test every browser test uses: it fails on any console error, uncaught exception or
 * Content-Security-Policy violation, and records the page's requests.
 */
export const test = base.extend<{ requests: RequestLog; expectedConsoleErrors: RegExp | null }>({
  /**
   * Console errors a test provokes on purpose (a server check of a missing file makes the browser
   * log its 404); any other still fails the test.
   */
  expectedConsoleErrors: [null, { option: true }],
  requests: async ({ page }, use) => {
    const log: RequestLog = { urls: [] };
    page.on('request', (request) => log.urls.push(request.url()));
    await use(log);
  },
  page: async ({ page, expectedConsoleErrors }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (expectedConsoleErrors?.test(message.text())) return;
      problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCspViolation: (text: string) => void })
          .__reportCspViolation;
        void report(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    await use(page);
    expect(problems, 'the page reported errors').toEqual([]);
  },
});

export { expect };
export type { Page } from '@playwright/test';

/** Opens a release archive through the file input, as a user choosing a file does. */
export async function openRelease(page: Page, path: string): Promise<void> {
  await page
    .getByLabel(/release archive/i)
    .last()
    .setInputFiles(path);
}

/** Drops a release archive on the first drop zone, as a user dragging it from a folder does. */
export async function dropRelease(page: Page, path: string, fileName: string): Promise<void> {
  const bytes = [...(await readFile(path))];
  const dataTransfer = await page.evaluateHandle(
    ({ content, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(content)], name, { type: 'application/zip' }));
      return transfer;
    },
    { content: bytes, name: fileName },
  );
  const dropZone = page.getByRole('group', { name: /Drop a UC Software release/ }).first();
  await dropZone.dispatchEvent('dragover', { dataTransfer });
  await dropZone.dispatchEvent('drop', { dataTransfer });
}

/**
 * Opens the sample release, picks every model and gives `serverUrl`; resolves once the ucs.xml
 * preview shows that address.
 */
export async function prepareSampleRelease(page: Page, serverUrl: string): Promise<void> {
  await page.getByRole('button', { name: 'Try a sample release' }).click();
  await expect(page.getByText(/images are fake, not firmware/)).toBeVisible();
  await page.getByRole('button', { name: 'Select all' }).click();
  await page.getByLabel('Server URL').fill(serverUrl);
  await expect(page.getByLabel('ucs.xml preview')).toContainText(`<PATH>${serverUrl}</PATH>`);
}
