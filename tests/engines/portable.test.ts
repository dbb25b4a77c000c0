import { startEngineServer, type EngineServer } from './engine-server.ts';
import { startFirefox } from './firefox-session.ts';
import { portableFlows } from './portable-flows.ts';
import { startWebKit } from './webkit-session.ts';

portableFlows('Firefox', () => startFirefox(), { savesDownloads: true });

// WebKit's driver saves no download: its session has pages post them to the test server, which
// the portable copy's policy refuses (it connects nowhere), so the done screen's hashes stand in.
let server: EngineServer | undefined;
portableFlows(
  'WebKit',
  async () => {
    server = await startEngineServer();
    const session = await startWebKit(server);
    return { ...session, close: async () => (await session.close(), await server?.close()) };
  },
  { savesDownloads: false },
);
