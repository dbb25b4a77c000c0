// Installed in the page before the app's own scripts (Playwright addInitScript). Plain script, no
// build step: code handed to the page as text runs exactly as written.
(() => {
  // A model checkbox's label ends with its part number: `VVX 500 (3111-44500-001)`.
  const MODEL_LABEL = /\(\d{4}-\d{5}-\d{3}\)$/;
  const bench = {
    fileSetAt: undefined,
    listedAt: undefined,
    exportClickedAt: undefined,
    exportDoneAt: undefined,
  };

  function reset() {
    bench.fileSetAt = undefined;
    bench.listedAt = undefined;
    bench.exportClickedAt = undefined;
    bench.exportDoneAt = undefined;
  }

  // An export is timed in the page, from the button's click to the done screen's heading being
  // attached: Playwright's polling notices the heading up to ~300 ms late, a large error on a
  // one-second export.
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      const text = button?.textContent ?? '';
      if (/Save to folder|Download ZIP/.test(text)) {
        bench.exportClickedAt = performance.now();
        bench.exportDoneAt = undefined;
      }
    },
    true,
  );

  // Capture phase on the document: runs before the app's own handler sees the file.
  function onFileChosen(event) {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.type !== 'file') return;
    if (bench.fileSetAt === undefined) bench.fileSetAt = performance.now();
  }
  document.addEventListener('input', onFileChosen, true);
  document.addEventListener('change', onFileChosen, true);

  function modelListShown() {
    for (const label of document.querySelectorAll('label')) {
      if (MODEL_LABEL.test((label.textContent ?? '').trim())) return true;
    }
    return false;
  }
  new MutationObserver(() => {
    if (bench.exportClickedAt !== undefined && bench.exportDoneAt === undefined) {
      if (document.getElementById('done-title')) bench.exportDoneAt = performance.now();
    }
    if (bench.fileSetAt === undefined || bench.listedAt !== undefined) return;
    if (modelListShown()) bench.listedAt = performance.now();
  }).observe(document, { childList: true, subtree: true });

  // The folder picker answers with a fresh folder of the origin-private file system, on disk in a
  // persistent profile, so "Save to folder" runs without a person clicking through a dialog.
  let outputs = 0;
  window.showDirectoryPicker = async () => {
    const root = await navigator.storage.getDirectory();
    outputs += 1;
    return root.getDirectoryHandle(`bench-output-${Date.now()}-${outputs}`, { create: true });
  };

  /** Names and sizes of the files in the latest output folder. */
  async function listOutput() {
    const root = await navigator.storage.getDirectory();
    let latest;
    for await (const name of root.keys()) {
      if (name.startsWith('bench-output-') && (latest === undefined || name > latest))
        latest = name;
    }
    if (latest === undefined) return [];
    const folder = await root.getDirectoryHandle(latest);
    const files = [];
    for await (const [name, handle] of folder.entries()) {
      if (handle.kind === 'file') files.push({ name, size: (await handle.getFile()).size });
    }
    return files;
  }

  /** Removes everything in the origin-private file system: output folders and the app's staging. */
  async function clearOpfs() {
    const root = await navigator.storage.getDirectory();
    const names = [];
    for await (const name of root.keys()) names.push(name);
    for (const name of names) await root.removeEntry(name, { recursive: true });
    return names;
  }

  /**
   * The browser's own share of "Save to folder": `count` slices of `size` bytes of the file in the
   * input `#bench-source` written into fresh writables of an OPFS folder, `atOnce` at a time, all
   * closed at the end. Nothing is read, inflated, checked or hashed in script. Resolves to the
   * seconds taken.
   */
  async function copyAlone(count, size, atOnce) {
    const input = document.getElementById('bench-source');
    const source = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (!source) throw new Error('No file in #bench-source.');
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle(`bench-copy-${Date.now()}`, { create: true });
    const start = performance.now();
    const writables = [];
    let next = 0;
    const lane = async () => {
      while (next < count) {
        const index = next++;
        const handle = await folder.getFileHandle(`copy-${index}`, { create: true });
        const writable = await handle.createWritable();
        writables.push(writable);
        await writable.write(source.slice(index * size, (index + 1) * size));
      }
    };
    await Promise.all(Array.from({ length: atOnce }, lane));
    for (const writable of writables) await writable.close();
    return (performance.now() - start) / 1000;
  }

  window.__bench = { state: bench, reset, listOutput, clearOpfs, copyAlone };
})();
