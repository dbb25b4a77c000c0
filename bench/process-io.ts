/**
 * Bytes read by the benchmark's Chromium (its browser process and every descendant), from
 * /proc/<pid>/io `rchar`: if opening a release read its content, the count grows by its size.
 */
import { readdir, readFile } from 'node:fs/promises';

async function readProc(pid: string, file: string): Promise<string> {
  return readFile(`/proc/${pid}/${file}`, 'utf8').catch(() => '');
}

async function parentsByPid(): Promise<Map<string, string>> {
  const parents = new Map<string, string>();
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    // Field 4 of stat is the parent's pid; the command name (field 2) may hold spaces.
    const stat = await readProc(pid, 'stat');
    const parent = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
    if (parent) parents.set(pid, parent);
  }
  return parents;
}

/** Sums `rchar` over the Chromium started with `--user-data-dir=<profileDir>` and its children. */
export async function chromiumBytesRead(profileDir: string): Promise<number> {
  const parents = await parentsByPid();
  const roots = new Set<string>();
  for (const pid of parents.keys()) {
    const commandLine = (await readProc(pid, 'cmdline')).split('\0');
    if (commandLine.includes(`--user-data-dir=${profileDir}`)) roots.add(pid);
  }
  const ours = new Set(roots);
  // Children are listed before or after their parents in any order: repeat until nothing is added.
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!ours.has(pid) && ours.has(parent)) {
        ours.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of ours) {
    const match = /^rchar:\s+(\d+)$/m.exec(await readProc(pid, 'io'));
    total += Number(match?.[1] ?? 0);
  }
  return total;
}
