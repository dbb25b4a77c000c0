/**
 * A longer fuzz campaign than the unit suite's: npm run fuzz -- --seed S --count N [--from I].
 * Prints how the mutants were met and, for each failure, the seed and mutations that replay it.
 */
import { parseArgs } from 'node:util';
import { describeFailure, runCampaign } from './campaign.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    count: { type: 'string', default: '10000' },
    from: { type: 'string', default: '0' },
  },
});
const seed = Number(values.seed);
const count = Number(values.count);
const from = Number(values.from);
const result = await runCampaign({ seed, count, from });
console.log(`seed ${seed}, mutants ${from}..${from + count - 1}:`);
for (const [outcome, times] of [...result.outcomes].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${outcome}: ${times}`);
}
for (const failure of result.failures) console.error(describeFailure(seed, failure));
if (result.failures.length > 0) {
  console.error(`${result.failures.length} mutant(s) broke the invariant.`);
  process.exitCode = 1;
}
