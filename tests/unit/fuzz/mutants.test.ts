import { describe, expect, it } from 'vitest';
import { describeFailure, runCampaign } from '../../fuzz/campaign.ts';

/** Fixed so every run checks the same mutants; FUZZ_SEED tries others (npm run fuzz, longer). */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const COUNT = 1000;

describe('seeded mutants of generated releases', () => {
  it(`${COUNT} mutants (seed ${SEED}) each open true to the original or are refused with a code`, async () => {
    const { failures, outcomes } = await runCampaign({ seed: SEED, count: COUNT });
    expect(failures.map((failure) => describeFailure(SEED, failure))).toEqual([]);
    // Not a vacuous pass: some mutants still open, and several kinds of refusal are met.
    expect(outcomes.get('opened')).toBeGreaterThan(0);
    expect(outcomes.size).toBeGreaterThan(4);
  }, 180_000);
});
