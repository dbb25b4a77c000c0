// A small static web server, as an intranet host would run: serves a built copy of the app under a
// sub-path (e.g. /intranet/tools/ucs/), can switch to another build while running (a new version
// being deployed), and counts what it served. Used by the browser tests; by hand:
//   npx tsx scripts/serve-static.ts dist /intranet/tools/ucs/ 4180
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/** The types the app's files need; `.webmanifest` and `.wasm` are the ones servers often lack. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** Address of the app, ending with the sub-path, e.g. `http://127.0.0.1:4180/intranet/tools/ucs/`. */
  readonly url: string;
  readonly port: number;
  /** Paths requested so far (with query), in order. */
  readonly requests: string[];
  /** Serves another folder from now on, as a deployment of a new version would. */
  setRoot(root: string): void;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  root: string;
  /** The sub-path the app lives under, with leading and trailing slash. */
  prefix: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /**
   * Sees every request first and returns true when it answered it (a test's own endpoints, or a
   * simulated outage); the others are served from `root`.
   */
  intercept?: (request: IncomingMessage, response: ServerResponse) => boolean;
}

/** Starts the server; resolves once it listens. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  let root = resolve(options.root);
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    if (options.intercept?.(request, response)) return;
    void respond(root, options.prefix, path).then(({ status, headers, body }) => {
      response.writeHead(status, headers).end(body);
    });
  });
  await new Promise<void>((done) => server.listen(options.port, options.host ?? '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${options.prefix}`,
    port,
    requests,
    setRoot: (next) => {
      root = resolve(next);
    },
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // Keep-alive connections would otherwise keep serving: a closed server must be gone.
        server.closeAllConnections();
      }),
  };
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body?: Buffer | string;
}

async function respond(root: string, prefix: string, url: string): Promise<Reply> {
  const path = decodeURIComponent(new URL(url, 'http://host').pathname);
  if (`${path}/` === prefix) return { status: 301, headers: { location: prefix } };
  if (!path.startsWith(prefix)) return notFound();
  const relative = path.slice(prefix.length) || 'index.html';
  const file = normalize(join(root, relative));
  if (file !== root && !file.startsWith(root + sep)) return notFound();
  try {
    if (!(await stat(file)).isFile()) return notFound();
    return {
      status: 200,
      headers: {
        'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
        // Always revalidate, so a switched build is seen at once (as with ETags on a real server).
        'cache-control': 'no-cache',
      },
      body: await readFile(file),
    };
  } catch {
    return notFound();
  }
}

function notFound(): Reply {
  return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not found' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', prefix = '/', port = '4180'] = process.argv.slice(2);
  const server = await startStaticServer({ root, prefix, port: Number(port) });
  console.log(`Serving ${root} at ${server.url}`);
}
