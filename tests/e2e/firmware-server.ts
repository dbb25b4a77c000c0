import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  fileReply,
  notFound,
  send,
  startStaticServer,
  type Reply,
  type StaticServer,
} from '../../scripts/serve-static.ts';

const FIRMWARE_PREFIX = '/firmware/';
const APP_PREFIX = '/tools/ucs/';

/**
 * A web server holding a firmware folder under /firmware/, and optionally the built app under
 * /tools/ucs/ (then the app and the firmware share one origin, as on a team's intranet server).
 * A test can answer a file its own way (a page instead of it, another type) and send the CORS
 * header; it sends it on every answer, 404s included, as the hosting guide advises.
 */
export interface FirmwareServer {
  /** The app's address, when the server holds it. */
  readonly appUrl: string;
  /** The firmware folder's address, ending in `/`. */
  readonly folderUrl: string;
  readonly origin: string;
  /** The folder on disk the firmware is served from. */
  readonly folder: string;
  readonly server: StaticServer;
  /**
   * Answers `name` (relative to the folder) this way until set back to undefined; `never` keeps
   * the request waiting, as a server that hangs.
   */
  answer(name: string, reply: Reply | 'never' | undefined): void;
  /** Sends `Access-Control-Allow-Origin: origin`, or stops sending it. */
  allowOrigin(origin: string | undefined): void;
  /** Writes the files (paths relative to the folder) into the folder. */
  upload(files: ReadonlyMap<string, Uint8Array>): Promise<void>;
  close(): Promise<void>;
}

export async function startFirmwareServer(options: { app?: string }): Promise<FirmwareServer> {
  const folder = await mkdtemp(join(tmpdir(), 'ucs-firmware-'));
  const answers = new Map<string, Reply | 'never'>();
  let corsOrigin: string | undefined;
  const firmwareReply = async (name: string): Promise<Reply> => {
    const answer = answers.get(name);
    if (answer === 'never') return new Promise<never>(() => undefined);
    const reply = answer ?? (await fileReply(folder, name));
    if (corsOrigin === undefined) return reply;
    return { ...reply, headers: { ...reply.headers, 'access-control-allow-origin': corsOrigin } };
  };
  const server = await startStaticServer({
    root: options.app ?? folder,
    prefix: options.app === undefined ? FIRMWARE_PREFIX : APP_PREFIX,
    port: 0,
    // The firmware folder is answered here; the app, when the server holds it, from its files.
    intercept: (request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
      if (!path.startsWith(FIRMWARE_PREFIX)) {
        if (options.app !== undefined) return false;
        send(response, notFound());
        return true;
      }
      void firmwareReply(path.slice(FIRMWARE_PREFIX.length)).then((reply) => send(response, reply));
      return true;
    },
  });
  const origin = `http://127.0.0.1:${server.port}`;
  return {
    appUrl: `${origin}${APP_PREFIX}`,
    folderUrl: `${origin}${FIRMWARE_PREFIX}`,
    origin,
    folder,
    server,
    answer: (name, reply) => {
      if (reply) answers.set(name, reply);
      else answers.delete(name);
    },
    allowOrigin: (next) => {
      corsOrigin = next;
    },
    upload: async (files) => {
      for (const [path, bytes] of files) {
        await mkdir(dirname(join(folder, path)), { recursive: true });
        await writeFile(join(folder, path), bytes);
      }
    },
    close: () => server.close(),
  };
}
