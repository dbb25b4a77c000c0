import { join } from 'node:path';
import { buildApp } from '../helpers/build-app.ts';
import { REPO } from '../e2e/paths.ts';

/** A second build of the app, as a new deployment: the engine tests' update flow switches to it. */
export const NEXT_DIST = join(REPO, 'dist-engines-next');
export const NEXT_BUILD_ID = 'engines-next';

export async function buildNextDeployment(): Promise<void> {
  const build = await buildApp(NEXT_DIST, { UCS_BUILD_ID: NEXT_BUILD_ID });
  if (!build.ok) throw new Error(`The second build failed:\n${build.output}`);
}
