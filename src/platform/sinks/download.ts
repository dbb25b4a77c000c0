/**
 * The browser reads an object URL's Blob after the click returns, and a large one for a while;
 * revoking the URL at once could cancel the download.
 */
const REVOKE_AFTER_MS = 60_000;

/** Starts an ordinary browser download of `blob` under `fileName`. */
export function startDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
