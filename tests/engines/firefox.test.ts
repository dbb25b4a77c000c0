import { engineFlows } from './flows.ts';
import { startFirefox } from './firefox-session.ts';

engineFlows('Firefox', () => startFirefox());
