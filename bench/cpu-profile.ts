/**
 * A sampling CPU profile of the page's main thread (DevTools Protocol), summarized as self time
 * per function. `(idle)` is the main thread waiting: on the browser process, the disk or a worker.
 */
import { writeFile } from 'node:fs/promises';
import type { CDPSession } from '@playwright/test';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface SelfTime {
  readonly name: string;
  readonly ms: number;
}

export interface CpuProfiler {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Self time per function of the last profile, largest first. */
  summary(): SelfTime[];
}

/** A profiler that also saves each profile to `savePath` (open it in DevTools' Performance panel). */
export function createCpuProfiler(session: CDPSession, savePath: string): CpuProfiler {
  let last: Profile | undefined;
  return {
    async start() {
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 500 });
      await session.send('Profiler.start');
    },
    async stop() {
      const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
      last = profile;
      await writeFile(savePath, JSON.stringify(profile));
    },
    summary: () => (last ? selfTimes(last) : []),
  };
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').pop() ?? '';
  const name = functionName || '(anonymous)';
  return file ? `${name} ${file}:${lineNumber + 1}` : name;
}

function selfTimes(profile: Profile): SelfTime[] {
  const names = new Map(profile.nodes.map((node) => [node.id, frameName(node)]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const name = names.get(id) ?? '(unknown)';
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return [...totals].map(([name, ms]) => ({ name, ms })).sort((left, right) => right.ms - left.ms);
}
