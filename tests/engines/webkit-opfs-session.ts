import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { text } from 'node:stream/consumers';
import { findEngines } from '../../scripts/find-engines.mjs';
import { capturedDownload, capturedDownloadCount } from './captured-download.ts';
import type { EngineServer } from './engine-server.ts';
import { RELEASE_FIELD, type EngineSession, type PageCheck } from './engine-session.ts';
import {
  callSource,
  findControl,
  findField,
  findFileInput,
  giveFile,
  pageText,
  typeInto,
} from './in-page.ts';
import { pageScriptParts } from './page-script-parts.ts';
import { opfsDriverPage } from './opfs-driver-page.ts';
import { pollUntil } from './wait.ts';
import { stop, withTimeout } from './webkit-session.ts';

/** What Safari ships and MiniBrowser keeps behind flags: the origin-private file system. */
const STORAGE_FEATURES =
  '--features=+StorageAPI,+FileSystem,+AccessHandle,+FileSystemWritableStream';
/** An idle command request is answered empty after this, so no browser times it out. */
const POLL_MS = 20_000;

/**
 * WebKit as a person runs it, not in an automation session: MiniBrowser with a profile of its
 * own on disk, so the page gets the origin-private file system, as in Safari. No driver reaches
 * such a window; a driver page of the test server's loads the app in a frame and runs what this
 * session sends it.
 */
export async function startWebKitWithStorage(server: EngineServer): Promise<EngineSession> {
  const engines = findEngines();
  const profile = await mkdtemp(join(tmpdir(), 'ucs-webkit-profile-'));
  const channel = commandChannel(server);
  const browser = spawn(
    engines.xvfbRun!,
    ['-a', engines.miniBrowser!, STORAGE_FEATURES, channel.driverUrl],
    {
      detached: true,
      stdio: 'ignore',
      // A fresh profile each run: nothing staged or cached by an earlier run.
      env: {
        ...process.env,
        HOME: profile,
        XDG_DATA_HOME: join(profile, 'data'),
        XDG_CACHE_HOME: join(profile, 'cache'),
      },
    },
  );
  const run = <Result>(check: PageCheck<Result>, ...args: unknown[]) =>
    channel.send(callSource(check, args, 'frame.contentDocument')) as Promise<Result>;
  const scripted = pageScriptParts(run);
  const navigate = async (how: string) => {
    await scripted.beforeNavigation();
    await channel.send(`new Promise((loaded) => { frame.onload = () => loaded(true); ${how}; })`);
    await scripted.afterNavigation();
  };
  const control = async (role: 'button' | 'checkbox', name: string) =>
    pollUntil(
      () => run(findControl, role, name).then((element) => element !== null),
      async () => `No ${role} "${name}" in: ${await run(pageText)}`,
    );

  await channel.ready;
  const session: EngineSession = {
    label: 'WebKit (own profile, private file system)',
    privateFileSystem: true,
    open: (url) => navigate(`frame.src = ${JSON.stringify(url)}`),
    reload: () => navigate('frame.contentWindow.location.reload()'),
    async chooseFile(path, field = RELEASE_FIELD) {
      const url = server.fileUrl(path);
      await channel.send(
        callSource(giveFile, [url, basename(path), field], 'frame.contentDocument', [
          findFileInput,
        ]),
      );
    },
    async click(role, name) {
      await control(role, name);
      await channel.send(
        `${callSource(findControl, [role, name], 'frame.contentDocument')}.click()`,
      );
    },
    async fill(label, value) {
      const typed = await channel.send(
        callSource(typeInto, [label, value], 'frame.contentDocument', [findField]),
      );
      if (!typed) throw new Error(`No field labelled ${label}`);
    },
    waitForText: scripted.waitForText,
    download: (buttonName) => capturedDownload(session, server, buttonName),
    downloadsSaved: () => capturedDownloadCount(session, server),
    evaluate: run,
    problems: scripted.problems,
    async close() {
      stop(browser);
      await rm(profile, { recursive: true, force: true });
    },
  };
  return session;
}

interface CommandChannel {
  readonly driverUrl: string;
  /** Resolves once the driver page asked for its first command. */
  readonly ready: Promise<void>;
  /** Evaluates `source` in the driver page and resolves with its value. */
  send(source: string): Promise<unknown>;
}

function commandChannel(server: EngineServer): CommandChannel {
  let nextId = 0;
  const queue: { id: number; source: string }[] = [];
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  let waitingPoll: ServerResponse | undefined;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const answer = (response: ServerResponse, body: object) => {
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(JSON.stringify(body));
  };
  const flush = () => {
    if (waitingPoll && queue.length > 0) {
      answer(waitingPoll, queue.shift()!);
      waitingPoll = undefined;
    }
  };
  const nextUrl = server.addRoute('next', (_request, response) => {
    markReady();
    waitingPoll = response;
    setTimeout(() => {
      if (waitingPoll === response) {
        waitingPoll = undefined;
        answer(response, {});
      }
    }, POLL_MS);
    flush();
  });
  const replyUrl = server.addRoute('reply', (request: IncomingMessage, response) => {
    void text(request).then((body) => {
      response.writeHead(204).end();
      const reply = JSON.parse(body) as { id: number; value?: unknown; error?: string };
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.error !== undefined) waiter?.reject(new Error(`In WebKit: ${reply.error}`));
      else waiter?.resolve(reply.value);
    });
  });
  const driverUrl = server.addRoute('driver.html', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(opfsDriverPage(nextUrl, replyUrl));
  });
  return {
    driverUrl,
    ready: withTimeout(ready, 'MiniBrowser never loaded the driver page'),
    send(source) {
      nextId += 1;
      const id = nextId;
      const result = new Promise<unknown>((resolve, reject) =>
        pending.set(id, { resolve, reject }),
      );
      queue.push({ id, source });
      flush();
      return withTimeout(result, `WebKit did not answer: ${source.slice(0, 200)}`);
    },
  };
}
