import { describe, expect, it } from 'vitest';
import { buildUcsXml } from '../../../../src/core/manifest/build.ts';
import { checkServer } from '../../../../src/core/server-check/run-check.ts';
import type {
  CheckProgress,
  CheckRequest,
  Fetcher,
  ServerAnswer,
} from '../../../../src/core/server-check/types.ts';
import { sha256Hex } from '../../../fixtures/sha256.ts';

const FOLDER = 'http://fw.example/firmware/';
const MANIFEST_URL = `${FOLDER}ucs.xml`;
const IMAGE = '3111-44500-001.sip.ld';

interface Served {
  status?: number;
  type?: string;
  body: Uint8Array | string;
  redirectedTo?: string;
}

/** The body in 64 KiB chunks, as a network stream delivers it. */
function chunked(bytes: Uint8Array): ReadableStream<Uint8Array<ArrayBuffer>> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, (offset += 65536)));
    },
  });
}

/** A server as a map of addresses; anything else is a 404. Records what was asked. */
function fakeServer(files: Record<string, Served | ServerAnswer['kind']>) {
  const asked: string[] = [];
  const fetcher: Fetcher = async (url, signal) => {
    signal.throwIfAborted();
    asked.push(url);
    const file = files[url] ?? { status: 404, type: 'text/plain', body: 'Not found' };
    if (typeof file === 'string') return { kind: file } as ServerAnswer;
    const bytes = typeof file.body === 'string' ? new TextEncoder().encode(file.body) : file.body;
    return {
      kind: 'answered',
      httpStatus: file.status ?? 200,
      contentType: file.type ?? 'application/octet-stream',
      redirectedTo: file.redirectedTo,
      body: chunked(bytes),
    };
  };
  return { fetcher, asked };
}

const manifest = (path = FOLDER) => buildUcsXml([{ version: '5.9.8.5760', path }]);
const image = new Uint8Array(300_000).map((_, i) => (i * 7) % 251);

function exported(xml = manifest()): CheckRequest {
  return {
    manifestUrl: MANIFEST_URL,
    expected: [
      { path: IMAGE, size: image.length, sha256: sha256Hex(image) },
      { path: 'sip.ver', size: 10, sha256: sha256Hex('5.9.8.5760') },
      { path: 'ucs.xml', size: xml.length, sha256: sha256Hex(xml) },
      { path: 'README.txt', size: 3, sha256: sha256Hex('abc') },
    ],
  };
}

const goodServer = (xml = manifest()) => ({
  [MANIFEST_URL]: { type: 'text/xml', body: xml },
  [`${FOLDER}sip.ver`]: { type: 'text/plain', body: '5.9.8.5760' },
  [`${FOLDER}${IMAGE}`]: { body: image },
});

const run = (request: CheckRequest, fetcher: Fetcher, signal = new AbortController().signal) => {
  const progress: CheckProgress[] = [];
  return checkServer(request, fetcher, { signal, onProgress: (p) => progress.push(p) }).then(
    (report) => ({ report, progress }),
  );
};

const verdicts = (report: Awaited<ReturnType<typeof checkServer>>) =>
  Object.fromEntries(report.files.map((file) => [file.name, file.verdict.code]));

describe('checkServer', () => {
  it('finds every file of the export identical, README and web.config left alone', async () => {
    const { fetcher, asked } = fakeServer(goodServer());
    const { report, progress } = await run(exported(), fetcher);
    expect(verdicts(report)).toEqual({
      'ucs.xml': 'identical',
      'sip.ver': 'identical',
      [IMAGE]: 'identical',
    });
    expect(asked).toEqual([MANIFEST_URL, `${FOLDER}sip.ver`, `${FOLDER}${IMAGE}`]);
    expect(report.files.find((file) => file.name === IMAGE)?.version).toBe('5.9.8.5760');
    expect(progress.at(-1)).toEqual({
      bytesDone: image.length + 10,
      bytesTotal: image.length + 10,
      currentFile: IMAGE,
    });
  });

  it('gives each damaged file its own reason', async () => {
    const server = {
      ...goodServer(),
      [MANIFEST_URL]: { type: 'application/octet-stream', body: manifest() },
      [`${FOLDER}sip.ver`]: { type: 'text/html', body: '<!DOCTYPE html><p>Oops</p>' },
      [`${FOLDER}${IMAGE}`]: { body: image.subarray(0, 1000) },
    };
    const { report } = await run(exported(), fakeServer(server).fetcher);
    expect(verdicts(report)).toEqual({
      'ucs.xml': 'wrong-type',
      'sip.ver': 'web-page',
      [IMAGE]: 'different',
    });
    const missing = await run(
      exported(),
      fakeServer({ ...goodServer(), [`${FOLDER}${IMAGE}`]: { status: 404, body: '' } }).fetcher,
    );
    expect(verdicts(missing.report)[IMAGE]).toBe('missing');
  });

  it('stops reading an image one byte past the size expected', async () => {
    const big = new Uint8Array(image.length * 4);
    const { report, progress } = await run(
      exported(),
      fakeServer({ ...goodServer(), [`${FOLDER}${IMAGE}`]: { body: big } }).fetcher,
    );
    const verdict = report.files.find((file) => file.name === IMAGE)?.verdict;
    expect(verdict?.code).toBe('different');
    expect(progress.at(-1)?.bytesDone).toBeLessThan(10 + big.length);
  });

  it('stops after a ucs.xml the phone could not read, saying why', async () => {
    for (const [served, code] of [
      [{ type: 'text/html', body: '<html><body>Index of /firmware</body></html>' }, 'web-page'],
      [{ type: 'text/xml', body: '<NOT_PHONE_IMAGES/>' }, 'unreadable-manifest'],
      [{ status: 404, body: '' }, 'missing'],
      ['refused', 'refused'],
      ['unreachable', 'unreachable'],
      ['mixed-content', 'mixed-content'],
    ] as const) {
      const { fetcher, asked } = fakeServer({ ...goodServer(), [MANIFEST_URL]: served });
      const { report } = await run(exported(), fetcher);
      expect(verdicts(report)).toEqual({ 'ucs.xml': code });
      expect(asked).toEqual([MANIFEST_URL]);
    }
  });

  it('says when the served ucs.xml does not offer the folder the files were exported to', async () => {
    const elsewhere = manifest('http://fw.example/other/');
    const { report } = await run(exported(), fakeServer(goodServer(elsewhere)).fetcher);
    expect(verdicts(report)).toEqual({
      'ucs.xml': 'different',
      'http://fw.example/other/sip.ver': 'missing',
      [IMAGE]: 'not-listed',
      'sip.ver': 'not-listed',
    });
  });

  it('reads what to expect from SHA256SUMS for a server prepared earlier', async () => {
    const xml = manifest();
    const sums = `${sha256Hex(image)}  ${IMAGE}\n${sha256Hex('5.9.8.5760')}  sip.ver\n${sha256Hex(xml)}  ucs.xml\n`;
    const server = {
      ...goodServer(xml),
      [`${FOLDER}SHA256SUMS`]: { type: 'text/plain', body: sums },
    };
    const { report } = await run({ manifestUrl: MANIFEST_URL }, fakeServer(server).fetcher);
    expect(verdicts(report)).toEqual({
      'ucs.xml': 'identical',
      SHA256SUMS: 'found',
      'sip.ver': 'identical',
      [IMAGE]: 'identical',
    });
    const edited = await run(
      { manifestUrl: MANIFEST_URL },
      fakeServer({ ...server, [MANIFEST_URL]: { type: 'text/xml', body: `${xml} ` } }).fetcher,
    );
    expect(verdicts(edited.report)['ucs.xml']).toBe('different');
  });

  it('without SHA256SUMS checks sip.ver and says the images cannot be known', async () => {
    const { report } = await run({ manifestUrl: MANIFEST_URL }, fakeServer(goodServer()).fetcher);
    expect(verdicts(report)).toEqual({
      'ucs.xml': 'found',
      SHA256SUMS: 'no-checksums',
      'sip.ver': 'found',
    });
  });

  it('marks what a cancel left unchecked', async () => {
    const controller = new AbortController();
    const { fetcher } = fakeServer(goodServer());
    const cancelling: Fetcher = async (url, signal) => {
      if (url.endsWith('sip.ver')) controller.abort();
      return fetcher(url, signal);
    };
    const { report } = await run(exported(), cancelling, controller.signal);
    expect(report.cancelled).toBe(true);
    expect(verdicts(report)).toEqual({
      'ucs.xml': 'identical',
      'sip.ver': 'not-checked',
      [IMAGE]: 'not-checked',
    });
  });
});
