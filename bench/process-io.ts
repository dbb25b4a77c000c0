/**
 * What the benchmark's Chromium (its browser process and every descendant) did, from /proc: bytes
 * read (`io` rchar: if opening a release read its content, the count grows by its size) and CPU
 * time (`stat` utime + stime, which includes threads that have ended, such as workers).
 */
import { readdir, readFile } from 'node:fs/promises';

/** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every platform this runs on. */
const TICKS_PER_SECOND = 100;

async function readProc(pid: string, file: string): Promise<string> {
  return readFile(`/proc/${pid}/${file}`, 'utf8').catch(() => '');
}

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces). */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

async function parentsByPid(): Promise<Map<string, string>> {
  const parents = new Map<string, string>();
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const parent = statFields(await readProc(pid, 'stat'))[1];
    if (parent) parents.set(pid, parent);
  }
  return parents;
}

/** The Chromium started with `--user-data-dir=<profileDir>` and all its descendants. */
async function chromiumPids(profileDir: string): Promise<Set<string>> {
  const parents = await parentsByPid();
  const ours = new Set<string>();
  for (const pid of parents.keys()) {
    // Chromium rewrites its children's command lines into one space-separated string; the
    // argument ends at a space or NUL (another profile's name may start with this one's).
    const commandLine = await readProc(pid, 'cmdline');
    if (new RegExp(`--user-data-dir=${escapeRegExp(profileDir)}(?:[ \0]|$)`).test(commandLine)) {
      ours.add(pid);
    }
  }
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
  return ours;
}

/** Sums `rchar` over the benchmark's Chromium. */
export async function chromiumBytesRead(profileDir: string): Promise<number> {
  let total = 0;
  for (const pid of await chromiumPids(profileDir)) {
    const match = /^rchar:\s+(\d+)$/m.exec(await readProc(pid, 'io'));
    total += Number(match?.[1] ?? 0);
  }
  return total;
}

/** CPU clock ticks each process of the benchmark's Chromium has used so far. */
async function cpuTicksByPid(profileDir: string): Promise<Map<string, number>> {
  const ticks = new Map<string, number>();
  for (const pid of await chromiumPids(profileDir)) {
    const fields = statFields(await readProc(pid, 'stat'));
    // utime and stime: fields 14 and 15 of stat, 12 and 13 after the command name.
    ticks.set(pid, Number(fields[11] ?? 0) + Number(fields[12] ?? 0));
  }
  return ticks;
}

export interface CpuMeter {
  /** CPU seconds used since the meter started, every process and thread together. */
  stop(): Promise<number>;
}

/**
 * Starts measuring the CPU time of the benchmark's Chromium. Counted per process, so a process
 * that ends meanwhile only loses what it used after the start, and one that starts counts whole.
 */
export async function startCpuMeter(profileDir: string): Promise<CpuMeter> {
  const before = await cpuTicksByPid(profileDir);
  return {
    async stop() {
      let ticks = 0;
      for (const [pid, now] of await cpuTicksByPid(profileDir))
        ticks += now - (before.get(pid) ?? 0);
      return ticks / TICKS_PER_SECOND;
    },
  };
}

/** What `/proc/<pid>/cmdline` says a Chromium process is: browser, renderer, gpu-process… */
function processKind(commandLine: string): string {
  const type = /--type=([^\s\0]+)/.exec(commandLine)?.[1] ?? 'browser';
  const service = /--utility-sub-type=[^\s\0]*\.([^\s\0.]+)/.exec(commandLine)?.[1];
  return service ? `${type} (${service})` : type;
}

/** One reading: CPU ticks by `pid` (whole process) and `pid/tid`, with the name each counts under. */
type ThreadTicks = Map<string, { name: string; ticks: number }>;

/**
 * CPU ticks of every process of the benchmark's Chromium, under `renderer (all threads)` (which
 * keeps the time of threads that have ended, such as workers), and of every live thread, under
 * `renderer/DedicatedWorker` (the kernel cuts thread names to 15 characters).
 */
async function readThreadTicks(profileDir: string): Promise<ThreadTicks> {
  const reading: ThreadTicks = new Map();
  const ticksOf = (fields: string[]) => Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  for (const pid of await chromiumPids(profileDir)) {
    const kind = processKind(await readProc(pid, 'cmdline'));
    const ticks = ticksOf(statFields(await readProc(pid, 'stat')));
    reading.set(pid, { name: `${kind} (all threads)`, ticks });
    for (const tid of await readdir(`/proc/${pid}/task`).catch(() => [] as string[])) {
      const stat = await readProc(`${pid}/task/${tid}`, 'stat');
      // Threads of a pool carry a serial number: counted together.
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/\d+$/, '');
      reading.set(`${pid}/${tid}`, { name: `${kind}/${name}`, ticks: ticksOf(statFields(stat)) });
    }
  }
  return reading;
}

export interface ThreadMeter {
  /**
   * Milliseconds of CPU per process kind and thread name since the start, largest first. Each
   * process and thread is counted from its own readings, so one that ends meanwhile loses only
   * what it used after the start (a worker's time shows only in its process's total).
   */
  stop(): Promise<{ name: string; ms: number }[]>;
}

/** Starts measuring where the benchmark's Chromium spends CPU time, by process and thread. */
export async function startThreadMeter(profileDir: string): Promise<ThreadMeter> {
  const before = await readThreadTicks(profileDir);
  return {
    async stop() {
      const byName = new Map<string, number>();
      for (const [key, { name, ticks }] of await readThreadTicks(profileDir)) {
        const used = ticks - (before.get(key)?.ticks ?? 0);
        byName.set(name, (byName.get(name) ?? 0) + used);
      }
      return [...byName]
        .map(([name, ticks]) => ({ name, ms: (ticks * 1000) / TICKS_PER_SECOND }))
        .filter((entry) => entry.ms > 0)
        .sort((a, b) => b.ms - a.ms);
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
