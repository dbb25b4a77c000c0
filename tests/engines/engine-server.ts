import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { startStaticServer, type StaticServer } from '../../scripts/serve-static.ts';
import { DIST, SUB_PATH } from '../e2e/paths.ts';
import type { DownloadedFile } from './engine-session.ts';

/** The tests' own endpoints sit beside the app, outside its sub-path: same origin, never cached. */
const OWN_PATH = '/engine-tests/';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * The production build served under a sub-path, as an intranet host does, plus what the engine
 * tests need beside it on the same origin: a place where pages post the downloads they capture,
 * the release files a page fetches to choose them, and the routes a session adds.
 */
export interface EngineServer {
  /** The app's address. */
  readonly appUrl: string;
  /** Where `captureDownloads` posts to. */
  readonly uploadUrl: string;
  /** The downloads pages posted so far, each saved to a file, in the order they arrived. */
  readonly uploads: readonly DownloadedFile[];
  /** The address of a file on this machine, for a page to fetch. */
  fileUrl(path: string): string;
  /** Answers requests for `OWN_PATH + name` with `handler`; returns the address. */
  addRoute(name: string, handler: RouteHandler): string;
  /** Serves the app from another build folder from now on, as a new deployment does. */
  setRoot(root: string): void;
  /** While on, the app's files are refused as by a server that is gone (connection reset). */
  setOutage(on: boolean): void;
  close(): Promise<void>;
}

export async function startEngineServer(): Promise<EngineServer> {
  const folder = await mkdtemp(join(tmpdir(), 'ucs-engines-'));
  const routes = new Map<string, RouteHandler>();
  const files: string[] = [];
  const uploads: DownloadedFile[] = [];
  let outage = false;
  let saved = 0;

  const receive = (request: IncomingMessage, response: ServerResponse) => {
    const name = decodeURIComponent(String(request.headers['x-file-name'] ?? 'download'));
    saved += 1;
    const path = join(folder, `${saved}-${basename(name)}`);
    void pipeline(request, createWriteStream(path)).then(() => {
      response.writeHead(204).end();
      uploads.push({ name, path });
    });
  };
  routes.set(`${OWN_PATH}downloads`, receive);
  routes.set(`${OWN_PATH}files`, (request, response) => {
    const index = Number(new URL(request.url ?? '', 'http://host').searchParams.get('file'));
    const path = files[index];
    if (path === undefined) return void response.writeHead(404).end();
    const type = path.endsWith('.xml') ? 'application/xml' : 'application/zip';
    response.writeHead(200, { 'content-type': type });
    void pipeline(createReadStream(path), response);
  });

  const server: StaticServer = await startStaticServer({
    root: DIST,
    prefix: SUB_PATH,
    port: 0,
    intercept: (request, response) => {
      const path = new URL(request.url ?? '/', 'http://host').pathname;
      const route = routes.get(path);
      if (route) {
        route(request, response);
        return true;
      }
      if (outage) request.socket.destroy();
      return outage;
    },
  });
  const origin = new URL(server.url).origin;
  return {
    appUrl: server.url,
    uploadUrl: `${origin}${OWN_PATH}downloads`,
    uploads,
    fileUrl: (path) => {
      files.push(path);
      return `${origin}${OWN_PATH}files?file=${files.length - 1}`;
    },
    addRoute: (name, handler) => {
      routes.set(OWN_PATH + name, handler);
      return `${origin}${OWN_PATH}${name}`;
    },
    setRoot: (root) => server.setRoot(root),
    setOutage: (on) => {
      outage = on;
    },
    close: async () => {
      await server.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
