import { engineFlows } from './flows.ts';
import { startWebKit } from './webkit-session.ts';

engineFlows('WebKit', (server) => startWebKit(server));
