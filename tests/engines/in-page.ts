/**
 * Functions the engine tests run inside the app's page. Each is self-contained (it is sent to
 * the browser as source text), takes the app's document first, and uses only what every engine
 * has.
 */
import type { ControlRole, PageCheck } from './engine-session.ts';

/** The app's window as these functions see it: its own globals, and what they leave on it. */
type PageWindow = typeof globalThis & {
  engineTestsCapture?: boolean;
  engineTestsProblems?: string[];
};

/**
 * The first visible control of `role` whose accessible name contains `name`: a button's text
 * or aria-label, a checkbox's label. Enough of the accessible-name rules for this app's markup.
 */
export function findControl(
  document: Document,
  role: ControlRole,
  name: string,
): HTMLElement | null {
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const labelOf = (element: HTMLElement): string => {
    if (role === 'button') return squash(element.getAttribute('aria-label') ?? element.textContent);
    const input = element as HTMLInputElement;
    return squash([...(input.labels ?? [])].map((label) => label.textContent).join(' '));
  };
  const selector = role === 'button' ? 'button, [role="button"]' : 'input[type="checkbox"]';
  const candidates = [...document.querySelectorAll<HTMLElement>(selector)];
  return (
    candidates.find((element) => {
      const visible = element.getClientRects().length > 0 || role === 'checkbox';
      return visible && labelOf(element).includes(name);
    }) ?? null
  );
}

/** The text field whose label contains `label`. */
export function findField(document: Document, label: string): HTMLInputElement | null {
  const labels = [...document.querySelectorAll('label')];
  const match = labels.find((candidate) => (candidate.textContent ?? '').includes(label));
  const control = match?.control;
  return control instanceof document.defaultView!.HTMLInputElement ? control : null;
}

/** Whether the page shows `text` (its rendered text, whitespace squashed). */
export function showsText(document: Document, text: string): boolean {
  return (document.body?.innerText ?? '').replace(/\s+/g, ' ').includes(text);
}

/** The page's visible text, for a failure message. */
export function pageText(document: Document): string {
  return (document.body?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 2000);
}

/**
 * From now on, a download the page starts (an `<a download>` of an object URL clicked) is not
 * handed to the browser but posted to `uploadUrl`, named in the `x-file-name` header: for an
 * engine that saves no downloads under automation. The Blob is taken where the page makes its
 * URL, because the page's policy lets no script fetch `blob:` URLs.
 */
export function captureDownloads(document: Document, uploadUrl: string): void {
  const view = document.defaultView as PageWindow | null;
  if (!view || view.engineTestsCapture) return;
  view.engineTestsCapture = true;
  const blobs = new Map<string, Blob>();
  const createObjectURL = view.URL.createObjectURL.bind(view.URL);
  view.URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof view.Blob) blobs.set(url, object as Blob);
    return url;
  };
  const click = view.HTMLAnchorElement.prototype.click;
  view.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!this.download || !blob) return click.call(this);
    const headers = { 'x-file-name': encodeURIComponent(this.download) };
    void view.fetch(uploadUrl, { method: 'POST', headers, body: blob });
  };
}

/**
 * Files in the origin-private file system, with their sizes, under `folder` (every file when
 * omitted); null where the page cannot open it.
 */
export async function privateFiles(
  document: Document,
  folder?: string,
): Promise<{ path: string; size: number }[] | null> {
  const storage = document.defaultView?.navigator.storage;
  let root: FileSystemDirectoryHandle;
  try {
    root = await storage!.getDirectory();
    if (folder) root = await root.getDirectoryHandle(folder);
  } catch {
    return null;
  }
  const found: { path: string; size: number }[] = [];
  const walk = async (directory: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
    for await (const [name, handle] of directory.entries()) {
      if (handle.kind === 'file') {
        found.push({
          path: prefix + name,
          size: (await (handle as FileSystemFileHandle).getFile()).size,
        });
      } else {
        await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
      }
    }
  };
  await walk(root, '');
  return found;
}

/**
 * Records what the page reports as broken from now on (console errors, uncaught errors and
 * rejections, CSP violations), for an engine whose driver does not pass them on.
 */
export function watchProblems(document: Document): void {
  const view = document.defaultView as PageWindow | null;
  if (!view || view.engineTestsProblems) return;
  const problems: string[] = [];
  view.engineTestsProblems = problems;
  const consoleError = view.console.error.bind(view.console);
  view.console.error = (...parts: unknown[]) => {
    problems.push(`console error: ${parts.map(String).join(' ')}`);
    consoleError(...parts);
  };
  view.addEventListener('error', (event) => problems.push(`uncaught: ${event.message}`));
  view.addEventListener('unhandledrejection', (event) => {
    problems.push(`unhandled rejection: ${String(event.reason)}`);
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    problems.push(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
  });
}

/** What `watchProblems` recorded in this page. */
export function watchedProblems(document: Document): string[] {
  const view = document.defaultView as PageWindow | null;
  return [...(view?.engineTestsProblems ?? [])];
}

/**
 * The source of an expression calling `check` with the page's document and `args`. Drivers
 * evaluate it as their own script, which the page's policy (no eval) does not govern. `helpers`
 * are functions of this module that `check` calls, sent along.
 */
export function callSource(
  check: PageCheck<unknown>,
  args: readonly unknown[],
  documentExpression = 'document',
  helpers: readonly PageCheck<unknown>[] = [],
): string {
  const list = [documentExpression, ...args.map((arg) => JSON.stringify(arg))].join(', ');
  const call = `(${check.toString()})(${list})`;
  if (helpers.length === 0) return call;
  return `(() => { ${helpers.map((helper) => helper.toString()).join('\n')}\nreturn ${call}; })()`;
}

/**
 * The last file input whose accessible name (its aria-label or label) contains `name`: the
 * newest release slot's chooser, or the ucs.xml importer.
 */
export function findFileInput(document: Document, name: string): HTMLInputElement | null {
  const inputs = [...document.querySelectorAll<HTMLInputElement>('input[type="file"]')];
  const nameOf = (input: HTMLInputElement) =>
    input.getAttribute('aria-label') ??
    [...(input.labels ?? [])].map((label) => label.textContent).join(' ');
  return inputs.filter((input) => nameOf(input).includes(name)).at(-1) ?? null;
}

/**
 * Gives the file input named `field` the file at `url` (fetched from the test server), as a
 * chosen file arrives: for a browser no driver can hand a file to. Sent with `findFileInput`.
 */
export async function giveFile(
  document: Document,
  url: string,
  name: string,
  field: string,
): Promise<void> {
  const view = document.defaultView as PageWindow;
  const blob = await (await view.fetch(url)).blob();
  const input = findFileInput(document, field)!;
  const transfer = new view.DataTransfer();
  transfer.items.add(new view.File([blob], name, { type: blob.type }));
  input.files = transfer.files;
  input.dispatchEvent(new view.Event('change', { bubbles: true }));
}

/**
 * Types `value` into the field labelled `label` the way the page hears typing: an input event.
 * Sent with `findField` as a helper.
 */
export function typeInto(document: Document, label: string, value: string): boolean {
  const field = findField(document, label);
  if (!field) return false;
  field.value = value;
  field.dispatchEvent(new (document.defaultView as PageWindow).Event('input', { bubbles: true }));
  return true;
}

/** The text of the page's alerts, or null while it shows none. */
export function alertText(document: Document): string | null {
  const alerts = [...document.querySelectorAll('[role="alert"]')];
  return alerts.length === 0 ? null : alerts.map((alert) => alert.textContent ?? '').join(' / ');
}

/**
 * How opening a release went so far: 'listed' once its models can be ticked, the alert's text
 * when it failed, null while it is still being read.
 */
export function releaseState(document: Document): string | null {
  if (document.querySelector('input[type="checkbox"]')) return 'listed';
  return document.querySelector('[role="alert"]')?.textContent ?? null;
}
