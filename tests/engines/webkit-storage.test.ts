import { engineFlows } from './flows.ts';
import { startWebKitWithStorage } from './webkit-opfs-session.ts';

engineFlows('WebKit with its private file system', (server) => startWebKitWithStorage(server));
