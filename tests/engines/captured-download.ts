import type { EngineServer } from './engine-server.ts';
import type { DownloadedFile, EngineSession } from './engine-session.ts';
import { alertText, captureDownloads, pageText } from './in-page.ts';
import { pollUntil } from './wait.ts';

/**
 * Clicks `buttonName` in a page whose downloads are captured and posted to the test server, and
 * resolves with the file; fails as soon as the page shows an alert instead.
 */
export async function capturedDownload(
  session: EngineSession,
  server: EngineServer,
  buttonName: string,
): Promise<DownloadedFile> {
  await session.evaluate(captureDownloads, server.uploadUrl);
  const before = server.uploads.length;
  await session.click('button', buttonName);
  const file = (): DownloadedFile | undefined => server.uploads[before];
  let alert: string | null = null;
  await pollUntil(
    async () => {
      alert = await session.evaluate(alertText);
      return file() !== undefined || alert !== null;
    },
    async () =>
      `"${buttonName}" handed the page no download; it shows: ${await session.evaluate(pageText)}`,
  );
  const downloaded = file();
  if (downloaded === undefined) throw new Error(`"${buttonName}" ended in an alert: ${alert}`);
  return downloaded;
}

/** How many downloads the page posted so far; from now on the page's downloads are captured. */
export async function capturedDownloadCount(
  session: EngineSession,
  server: EngineServer,
): Promise<number> {
  await session.evaluate(captureDownloads, server.uploadUrl);
  return server.uploads.length;
}
