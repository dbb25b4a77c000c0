/**
 * Time from a release being set on the file input to its model list in the page: measured in the
 * page (the input's event to the first model label attached), and as Playwright sees it.
 */
import type { BrowserContext } from '@playwright/test';
import { freshPage } from './browser.ts';

export interface ListingTime {
  /** From the file input's event to the first model checkbox in the page. */
  readonly inPageMs: number;
  /** From `setInputFiles` to Playwright seeing a model checkbox visible. */
  readonly wallMs: number;
}

interface ProbeState {
  fileSetAt?: number;
  listedAt?: number;
}

/** Opens `archive` on a freshly loaded page, once. */
export async function measureListing(
  context: BrowserContext,
  url: string,
  archive: string,
): Promise<ListingTime> {
  const page = await freshPage(context, url);
  await page.evaluate('window.__bench.reset()');
  const input = page.getByLabel(/release archive/i).last();
  const start = performance.now();
  await input.setInputFiles(archive);
  await page
    .getByRole('checkbox', { name: /\(\d{4}-\d{5}-\d{3}\)$/ })
    .first()
    .waitFor({ state: 'visible' });
  const wallMs = performance.now() - start;
  const state = (await page.evaluate('window.__bench.state')) as ProbeState;
  if (state.fileSetAt === undefined || state.listedAt === undefined) {
    throw new Error('The page did not report when the file was set and the list appeared.');
  }
  return { inPageMs: state.listedAt - state.fileSetAt, wallMs };
}
