import generateFixtures from '../e2e/global-setup.ts';
import { buildNextDeployment } from './next-build.ts';

/** The same generated releases as the Playwright tests open, and the build an update brings. */
export default async function globalSetup(): Promise<void> {
  await generateFixtures();
  await buildNextDeployment();
}
