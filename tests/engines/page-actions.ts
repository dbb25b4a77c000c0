/**
 * What the engine tests do to the app's page beyond what a driver offers: self-contained
 * functions sent as source text, like those of in-page.ts.
 */

/**
 * Drops the file at `url` (fetched from the test server) on the newest release slot's drop zone,
 * as the browser does when a person drags a file there: a dragover, then a drop, carrying it.
 */
export async function dropFile(document: Document, url: string, name: string): Promise<void> {
  const view = document.defaultView!;
  const blob = await (await view.fetch(url)).blob();
  const transfer = new view.DataTransfer();
  transfer.items.add(new view.File([blob], name, { type: 'application/zip' }));
  const zones = [...document.querySelectorAll('[role="group"]')].filter((zone) =>
    (zone.textContent ?? '').includes('Drop a UC Software release'),
  );
  const zone = zones.at(-1)!;
  for (const type of ['dragover', 'drop']) {
    const event = new view.DragEvent(type, {
      bubbles: true,
      cancelable: true,
      dataTransfer: transfer,
    });
    zone.dispatchEvent(event);
  }
}

/**
 * From now on no job reaches the app's content workers: an export waits at its first worker
 * job for as long as the test likes, as on a very slow machine, until it is cancelled (which
 * ends that worker).
 */
export function holdWorkerJobs(document: Document): void {
  const view = document.defaultView!;
  view.Worker.prototype.postMessage = () => undefined;
}

/** Ticks (or unticks) the last checkbox whose label contains `name`; false when there is none. */
export function tickLast(document: Document, name: string): boolean {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const labelOf = (box: HTMLInputElement) =>
    [...(box.labels ?? [])].map((label) => label.textContent ?? '').join(' ');
  const box = boxes.filter((candidate) => labelOf(candidate).includes(name)).at(-1);
  box?.click();
  return box !== undefined;
}

/** The values of the release slots' Version fields, in page order. */
export function versionFields(document: Document): string[] {
  return [...document.querySelectorAll('label')]
    .filter((label) => (label.textContent ?? '').trim() === 'Version')
    .map((label) => (label.control as HTMLInputElement | null)?.value ?? '');
}

/** The page's "Build …" line: which deployment runs. */
export function buildLine(document: Document): string | null {
  return document.querySelector('.build')?.textContent?.trim() ?? null;
}
