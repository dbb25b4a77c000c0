import type { PageCheck } from './engine-session.ts';
import { pageText, showsText, watchProblems, watchedProblems } from './in-page.ts';
import { pollUntil } from './wait.ts';

type Evaluate = <Result>(check: PageCheck<Result>, ...args: unknown[]) => Promise<Result>;

/**
 * What a session does by scripts in the page alone, whatever drives it: waiting for text, and
 * keeping the problems the page recorded itself, for an engine whose driver passes on none.
 */
export function pageScriptParts(evaluate: Evaluate) {
  const problems: string[] = [];
  const collect = async () => {
    problems.push(...(await evaluate(watchedProblems).catch(() => [])));
  };
  return {
    /** Keeps what the page recorded before another replaces it. */
    beforeNavigation: collect,
    /** Starts recording in the page just loaded. */
    afterNavigation: () => evaluate(watchProblems),
    waitForText: (text: string) =>
      pollUntil(
        () => evaluate(showsText, text),
        async () => `The page never showed "${text}"; it shows: ${await evaluate(pageText)}`,
      ),
    async problems() {
      await collect();
      return [...problems];
    },
  };
}
