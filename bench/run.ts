/**
 * `npm run bench`: listing time for a 1 GB and a 20 MB release, export speed to a folder and to a
 * zip against native unzip / zip, the browser's copy into folder writables alone, the browser's
 * CPU time per run, and the page's JS heap during the export, in one table.
 * `--profile` adds one profiled export per route and prints where the main thread's time went and
 * how the browser's CPU time splits by process and thread.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser, settleServiceWorker, startPreview, freshPage } from './browser.ts';
import { createCpuProfiler, type CpuProfiler } from './cpu-profile.ts';
import { measureCopyAlone, type CopyRun } from './measure-copy.ts';
import { measureExport, prepareExport, type ExportRun, type Route } from './measure-export.ts';
import { measureListing, type ListingTime } from './measure-listing.ts';
import { ensureNativeTools, runNative, type NativeRun } from './native.ts';
import { chromiumBytesRead, startCpuMeter, startThreadMeter } from './process-io.ts';
import {
  BIG,
  EXPORTED_PARTS,
  SMALL,
  SPARSE_2G,
  SPARSE_5G,
  ensureRelease,
  imageName,
  modelLabel,
} from './releases.ts';
import { formatTable, median, megabytesPerSecond, type Row } from './report.ts';
import type { BrowserContext } from '@playwright/test';

const WORK = join(import.meta.dirname, '.work');
const PROFILE_DIR = join(WORK, 'profile');
const meterCpu = () => startCpuMeter(PROFILE_DIR);
// Not 4190: browsers and fetch refuse it (the "bad ports" list of the Fetch standard).
const PORT = 4191;
// Five: the machine is shared and single exports move by ±20%; the median of five holds still.
// `--repeats <n>` takes more, to tell two builds apart by less than that.
const REPEATS_ARG = process.argv.indexOf('--repeats');
const REPEATS = REPEATS_ARG > 0 ? Math.max(1, Number(process.argv[REPEATS_ARG + 1]) || 5) : 5;
const PROFILE = process.argv.includes('--profile');
// Measures only the exports: for comparing a variant build without repeating the listing.
const EXPORTS_ONLY = process.argv.includes('--exports-only');
// Another build to serve instead of dist/ (a variant under trial): `--build <dir>`.
const BUILD_ARG = process.argv.indexOf('--build');
const BUILD_DIR = BUILD_ARG > 0 ? resolve(process.argv[BUILD_ARG + 1] ?? 'dist') : 'dist';
// A build to compare the exports with, measured in the same run, interleaved run by run:
// `--baseline <dir>` (the previous build, say). Served on the next port, so it has its own storage.
const BASELINE_ARG = process.argv.indexOf('--baseline');
const BASELINE_DIR = BASELINE_ARG > 0 ? resolve(process.argv[BASELINE_ARG + 1] ?? '') : undefined;

const EXPECTED = EXPORTED_PARTS.map((part) => ({ name: imageName(part), size: BIG.imageSize }));
const IMAGE_BYTES = EXPECTED.reduce((total, file) => total + file.size, 0);
const LABELS = EXPORTED_PARTS.map(modelLabel);

async function machine(browserVersion: string): Promise<string> {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? 'unknown CPU';
  const memory = (totalmem() / 2 ** 30).toFixed(0);
  return `${availableParallelism()} cores (${model}), ${memory} GiB RAM, ${browserVersion}, Node ${process.version}`;
}

async function sizeOf(path: string): Promise<string> {
  return `${((await stat(path)).size / 1e6).toFixed(0)} MB`;
}

async function listings(context: BrowserContext, url: string, big: string, small: string) {
  const times: { big: ListingTime[]; small: ListingTime[] } = { big: [], small: [] };
  for (let run = 0; run < REPEATS; run += 1) {
    times.big.push(await measureListing(context, url, big));
    times.small.push(await measureListing(context, url, small));
  }
  return times;
}

/** Lists an archive once and counts what the browser read meanwhile. */
async function sparseListing(context: BrowserContext, url: string, archive: string) {
  await freshPage(context, url);
  const before = await chromiumBytesRead(PROFILE_DIR);
  const time = await measureListing(context, url, archive);
  return { time, bytesRead: (await chromiumBytesRead(PROFILE_DIR)) - before };
}

async function exportOnce(
  context: BrowserContext,
  url: string,
  archive: string,
  route: Route,
  around?: (session: Awaited<ReturnType<BrowserContext['newCDPSession']>>) => {
    start(): Promise<void>;
    stop(): Promise<void>;
  },
): Promise<ExportRun> {
  const page = await prepareExport(context, url, archive, LABELS);
  const session = await context.newCDPSession(page);
  const result = await measureExport(page, session, route, EXPECTED, meterCpu, around?.(session));
  await page.evaluate('window.__bench.clearOpfs()');
  await session.detach();
  return result;
}

function printProfile(route: Route, profiler: CpuProfiler): void {
  const times = profiler.summary();
  const total = times.reduce((sum, entry) => sum + entry.ms, 0);
  console.log(`\nMain thread during one ${route} export (${total.toFixed(0)} ms sampled):`);
  for (const { name, ms } of times.slice(0, 12)) {
    console.log(
      `  ${ms.toFixed(0).padStart(6)} ms ${((ms / total) * 100).toFixed(0).padStart(3)}%  ${name}`,
    );
  }
}

function listingRows(times: { big: ListingTime[]; small: ListingTime[] }, sizes: string[]): Row[] {
  const big = median(times.big.map((time) => time.inPageMs));
  const small = median(times.small.map((time) => time.inPageMs));
  const wallBig = median(times.big.map((time) => time.wallMs));
  const wallSmall = median(times.small.map((time) => time.wallMs));
  return [
    {
      measurement: `listing ${sizes[0]} release (in page)`,
      value: `${big.toFixed(0)} ms`,
      target: '< 150 ms',
      met: big < 150,
    },
    { measurement: `listing ${sizes[1]} release (in page)`, value: `${small.toFixed(0)} ms` },
    {
      measurement: 'listing, large ÷ small',
      value: `${(big / small).toFixed(2)}×`,
      target: '≤ 1.5×',
      met: big / small <= 1.5,
    },
    {
      measurement: 'listing via Playwright (large / small)',
      value: `${wallBig.toFixed(0)} / ${wallSmall.toFixed(0)} ms`,
    },
  ];
}

function sparseRow(
  name: string,
  result: { time: ListingTime; bytesRead: number },
  size: number,
): Row {
  const readMb = result.bytesRead / 1e6;
  return {
    measurement: `listing ${name} (sparse)`,
    value: `${result.time.inPageMs.toFixed(0)} ms, browser read ${readMb.toFixed(0)} MB`,
    target: 'content not read',
    met: result.bytesRead < size / 100,
  };
}

interface ExportRuns {
  readonly folder: readonly ExportRun[];
  readonly zip: readonly ExportRun[];
  readonly copy: readonly CopyRun[];
  readonly native: readonly NativeRun[];
  /** The same exports by the baseline build, when one is given. */
  readonly baseline?: { readonly folder: readonly ExportRun[]; readonly zip: readonly ExportRun[] };
}

/** This build against the baseline, route by route: slower by more than the noise is a miss. */
function baselineRows(
  baseline: NonNullable<ExportRuns['baseline']>,
  runs: Pick<ExportRuns, 'folder' | 'zip'>,
): Row[] {
  return (['folder', 'zip'] as const).map((route) => {
    const before = rateWithRange(baseline[route].map((run) => run.seconds));
    const after = megabytesPerSecond(IMAGE_BYTES, median(runs[route].map((run) => run.seconds)));
    // The exports of one run ran back to back: their ratios are steadier than the medians' ratio.
    const paired = median(
      runs[route].map((run, index) => (baseline[route][index]?.seconds ?? NaN) / run.seconds),
    );
    // CPU time moves less with the machine's load than the time does: a second witness.
    const cpu = (of: readonly ExportRun[]) => median(of.map((run) => run.cpuSeconds)).toFixed(2);
    return {
      measurement: `${route === 'folder' ? 'save to folder' : 'download ZIP'}, baseline build`,
      value: `${before.text}, CPU ${cpu(baseline[route])} s`,
      baseline: `this build ${after.toFixed(0)} MB/s, CPU ${cpu(runs[route])} s`,
      ratio: `${paired.toFixed(2)}×`,
      target: '≥ 0.95× (noise)',
      met: paired >= 0.95,
    };
  });
}

/** MB/s of the median run, with the slowest and fastest runs. */
function rateWithRange(seconds: readonly number[]): { rate: number; text: string } {
  const rate = megabytesPerSecond(IMAGE_BYTES, median(seconds));
  const slowest = megabytesPerSecond(IMAGE_BYTES, Math.max(...seconds));
  const fastest = megabytesPerSecond(IMAGE_BYTES, Math.min(...seconds));
  return { rate, text: `${rate.toFixed(0)} MB/s (${slowest.toFixed(0)}–${fastest.toFixed(0)})` };
}

function heapRow(route: string, runs: readonly ExportRun[]): Row {
  const worst = runs.reduce((a, b) =>
    b.heapPeakBytes - b.heapBeforeBytes > a.heapPeakBytes - a.heapBeforeBytes ? b : a,
  );
  const growth = (worst.heapPeakBytes - worst.heapBeforeBytes) / 2 ** 20;
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  return {
    measurement: `JS heap, ${route} export (worst run)`,
    value: `${mib(worst.heapBeforeBytes)} → ${mib(worst.heapPeakBytes)} MiB (+${growth.toFixed(1)})`,
    target: 'growth < 64 MiB',
    met: growth < 64,
  };
}

function exportRows({ folder, zip, copy, native, baseline }: ExportRuns): Row[] {
  const unzipSeconds = median(native.map((run) => run.unzipSeconds));
  const unzip = megabytesPerSecond(IMAGE_BYTES, unzipSeconds);
  const unzipZip = megabytesPerSecond(
    IMAGE_BYTES,
    median(native.map((run) => run.unzipSeconds + run.zipSeconds)),
  );
  const folderRate = rateWithRange(folder.map((run) => run.seconds));
  const zipRate = rateWithRange(zip.map((run) => run.seconds));
  const copyRate = rateWithRange(copy.map((run) => run.seconds));
  const cpu = (runs: readonly { cpuSeconds: number }[]) =>
    median(runs.map((run) => run.cpuSeconds)).toFixed(2);
  const megabytes = (IMAGE_BYTES / 1e6).toFixed(0);
  return [
    {
      measurement: `save to folder, 5 images (${megabytes} MB)`,
      value: folderRate.text,
      baseline: `unzip ${unzip.toFixed(0)} MB/s`,
      ratio: `${(folderRate.rate / unzip).toFixed(2)}×`,
      target: '≥ 1.0×',
      met: folderRate.rate >= unzip,
    },
    {
      measurement: `download ZIP, same 5 images`,
      value: zipRate.text,
      baseline: `unzip + zip -0 ${unzipZip.toFixed(0)} MB/s`,
      ratio: `${(zipRate.rate / unzipZip).toFixed(2)}×`,
      target: '≥ 1.3×',
      met: zipRate.rate >= 1.3 * unzipZip,
    },
    {
      measurement: `browser's copy alone into the folder's writables, ${megabytes} MB, no checks`,
      value: copyRate.text,
      baseline: `unzip ${unzip.toFixed(0)} MB/s`,
      ratio: `${(copyRate.rate / unzip).toFixed(2)}×`,
    },
    {
      measurement: 'browser CPU per run: folder / zip / copy alone',
      value: `${cpu(folder)} / ${cpu(zip)} / ${cpu(copy)} s`,
      baseline: `2 cores × unzip's ${unzipSeconds.toFixed(2)} s = ${(2 * unzipSeconds).toFixed(2)} s`,
    },
    ...(baseline ? baselineRows(baseline, { folder, zip }) : []),
    heapRow('folder', folder),
    heapRow('zip', zip),
  ];
}

interface Archives {
  readonly big: string;
  readonly small: string;
  readonly sparse2: string;
  readonly sparse5: string;
}

async function listingSection(context: BrowserContext, url: string, archives: Archives) {
  console.log('Listing…');
  const { big, small, sparse2, sparse5 } = archives;
  const times = await listings(context, url, big, small);
  return [
    ...listingRows(times, [await sizeOf(big), await sizeOf(small)]),
    sparseRow(
      `${await sizeOf(sparse2)} release`,
      await sparseListing(context, url, sparse2),
      SPARSE_2G.paddingBytes,
    ),
    sparseRow(
      `${await sizeOf(sparse5)} ZIP64 release`,
      await sparseListing(context, url, sparse5),
      SPARSE_5G.paddingBytes,
    ),
  ];
}

/**
 * Flushes what earlier runs wrote: otherwise the kernel writes it back (up to 30 s later) while a
 * later run is being timed, and that run pays for another's writes.
 */
function settleDisk(): void {
  spawnSync('sync');
}

/** Native tools and both routes, interleaved so each sees the same machine state. */
async function exportSection(
  context: BrowserContext,
  url: string,
  big: string,
  baselineUrl: string | undefined,
) {
  console.log('Exporting…');
  const entries = EXPECTED.map((file) => file.name);
  await runNative(WORK, big, entries); // Warms the page cache for every contender alike.
  const native: NativeRun[] = [];
  const folder: ExportRun[] = [];
  const zip: ExportRun[] = [];
  const copy: CopyRun[] = [];
  const baseline = { folder: [] as ExportRun[], zip: [] as ExportRun[] };
  const slices = { count: EXPECTED.length, size: BIG.imageSize };
  const builds = [
    { at: url, into: { folder, zip } },
    ...(baselineUrl ? [{ at: baselineUrl, into: baseline }] : []),
  ];
  for (let run = 0; run < REPEATS; run += 1) {
    settleDisk();
    native.push(await runNative(WORK, big, entries));
    // Each route's exports by the two builds run back to back, in the order A B B A, and the
    // next run starts with the other build: neither build always goes first, follows unzip or
    // follows the other route, so drift in the machine's state falls on both alike.
    const order = run % 2 === 0 ? builds : [...builds].reverse();
    for (const [route, builds] of [
      ['folder', order],
      ['zip', [...order].reverse()],
    ] as const) {
      for (const { at, into } of builds) {
        settleDisk();
        into[route].push(await exportOnce(context, at, big, route));
      }
    }
    settleDisk();
    copy.push(await measureCopyAlone(context, url, big, slices, meterCpu));
  }
  return exportRows({ folder, zip, copy, native, ...(baselineUrl ? { baseline } : {}) });
}

function printThreads(route: Route, threads: { name: string; ms: number }[]): void {
  console.log(`\nBrowser CPU by process and thread during that ${route} export:`);
  for (const { name, ms } of threads.slice(0, 14)) {
    console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  }
}

async function profileSection(context: BrowserContext, url: string, big: string) {
  for (const route of ['folder', 'zip'] as const) {
    let profiler: CpuProfiler | undefined;
    let threads: { name: string; ms: number }[] = [];
    await exportOnce(context, url, big, route, (session) => {
      const mainThread = createCpuProfiler(session, join(WORK, `${route}.cpuprofile`));
      profiler = mainThread;
      let meter: Awaited<ReturnType<typeof startThreadMeter>> | undefined;
      return {
        async start() {
          await mainThread.start();
          meter = await startThreadMeter(PROFILE_DIR);
        },
        async stop() {
          threads = (await meter?.stop()) ?? [];
          await mainThread.stop();
        },
      };
    });
    if (profiler) printProfile(route, profiler);
    printThreads(route, threads);
  }
}

/** The 1-minute load average: the machine may be shared, and every figure depends on it. */
function load(): string {
  return (loadavg()[0] ?? 0).toFixed(1);
}

async function main(): Promise<void> {
  ensureNativeTools();
  const loadAtStart = load();
  await mkdir(WORK, { recursive: true });
  const archives: Archives = {
    big: await ensureRelease(WORK, BIG),
    small: await ensureRelease(WORK, SMALL),
    sparse2: await ensureRelease(WORK, SPARSE_2G),
    sparse5: await ensureRelease(WORK, SPARSE_5G),
  };
  const server = await startPreview(PORT, BUILD_DIR);
  const baselineServer = BASELINE_DIR ? await startPreview(PORT + 1, BASELINE_DIR) : undefined;
  const browser = await launchBrowser(WORK);
  const { context } = browser;
  const rows: Row[] = [];
  try {
    const warmUp = await freshPage(context, server.url);
    await settleServiceWorker(warmUp);
    await measureListing(context, server.url, archives.small);
    if (!EXPORTS_ONLY) rows.push(...(await listingSection(context, server.url, archives)));
    if (baselineServer) await settleServiceWorker(await freshPage(context, baselineServer.url));
    rows.push(...(await exportSection(context, server.url, archives.big, baselineServer?.url)));
    if (PROFILE) await profileSection(context, server.url, archives.big);
  } finally {
    await context.close();
    server.stop();
    baselineServer?.stop();
  }
  console.log(`\nMachine: ${await machine(browser.version)}`);
  console.log(`Load average (1 min): ${loadAtStart} at start, ${load()} at the end.`);
  console.log(
    `Extras (SHA256SUMS, README.txt, web.config) on; medians of ${REPEATS}; MB = 10^6 bytes.\n`,
  );
  console.log(formatTable(rows));
}

await main();
