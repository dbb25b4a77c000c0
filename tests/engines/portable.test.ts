import { startFirefox } from './firefox-session.ts';
import { portableFlows } from './portable-flows.ts';

// WebKit's driver opens file pages, but its downloads are captured by posting them to the test
// server, which the portable copy's policy (it connects nowhere) rightly refuses.
portableFlows('Firefox', () => startFirefox());
