/** The part of the File Handling API the app uses (Chromium, installed app opened on a file). */
interface LaunchParams {
  readonly files: readonly FileSystemHandle[];
}

interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

/**
 * Calls `callback` with each file the installed app was opened with ("Open with UCS Bundler" on a
 * .zip, declared by the manifest's `file_handlers`). Does nothing where the browser has no launch
 * queue. Launches that happened before this call are delivered too (the browser keeps them).
 */
export function onLaunchedFile(callback: (file: File) => void): void {
  const queue = (globalThis as { launchQueue?: LaunchQueue }).launchQueue;
  if (!queue) return;
  queue.setConsumer((params) => {
    void deliverFiles(params.files, callback);
  });
}

async function deliverFiles(
  handles: readonly FileSystemHandle[],
  callback: (file: File) => void,
): Promise<void> {
  for (const handle of handles) {
    if (handle.kind === 'file') callback(await (handle as FileSystemFileHandle).getFile());
  }
}
