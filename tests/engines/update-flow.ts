import { expect, it } from 'vitest';
import { DIST } from '../e2e/paths.ts';
import type { EngineServer } from './engine-server.ts';
import type { EngineSession } from './engine-session.ts';
import { NEXT_BUILD_ID, NEXT_DIST } from './next-build.ts';
import { buildLine } from './page-actions.ts';
import { pollUntil } from './wait.ts';

/**
 * A new deployment is offered, not forced: registered last in `engineFlows`' suite, since the
 * page runs the other build afterwards.
 */
export function updateFlow(current: () => { server: EngineServer; session: EngineSession }) {
  it('offers a new deployment as "Update available" and loads it only when asked', async () => {
    const { server, session } = current();
    await session.open(server.appUrl);
    await session.waitForText('Ready to work offline.');
    const firstBuild = await session.evaluate(buildLine);
    expect(firstBuild).not.toBe(`Build ${NEXT_BUILD_ID}`);
    server.setRoot(NEXT_DIST);
    try {
      await session.reload();
      await session.waitForText('Update available:');
      // Waiting is not switching: the running page is still the first build.
      expect(await session.evaluate(buildLine)).toBe(firstBuild);
      await session.click('button', 'reload');
      await pollUntil(
        async () => (await session.evaluate(buildLine)) === `Build ${NEXT_BUILD_ID}`,
        async () => `The page still runs ${await session.evaluate(buildLine)}`,
      );
      expect(await session.evaluate((document) => document.body.innerText)).not.toContain(
        'Update available:',
      );
    } finally {
      server.setRoot(DIST);
    }
  });
}
