/**
 * A seeded mutation campaign: mutant `i` of seed `S` is always the same bytes, so a failure is
 * replayed with `npm run fuzz -- --seed S --from i --count 1`.
 */
import { seedFrom, xorshift32 } from '../fixtures/pseudo-random.ts';
import { fuzzBases, type FuzzBase } from './bases.ts';
import { judgeMutant } from './invariant.ts';
import { applyMutation, pickMutations, type Mutation } from './mutations.ts';

/**
 * Heap plus array buffers may grow this much over the campaign's start and no more: the listing
 * bound (a few MiB) with room for garbage not yet collected. A bomb held whole would pass it.
 */
export const MEMORY_BOUND_BYTES = 256 * 1024 * 1024;

export interface CampaignOptions {
  readonly seed: number;
  readonly count: number;
  /** The first mutant's index (to replay one). */
  readonly from?: number;
}

export interface FuzzFailure {
  readonly index: number;
  readonly base: string;
  readonly mutations: readonly Mutation[];
  readonly problem: string;
}

export interface CampaignResult {
  readonly failures: readonly FuzzFailure[];
  /** How the mutants were met: `opened`, or the refusal's code. */
  readonly outcomes: ReadonlyMap<string, number>;
}

export function describeFailure(seed: number, failure: FuzzFailure): string {
  return [
    `seed ${seed}, mutant ${failure.index} of base ${failure.base}: ${failure.problem}`,
    `  mutations: ${JSON.stringify(failure.mutations)}`,
    `  replay: npm run fuzz -- --seed ${seed} --from ${failure.index} --count 1`,
  ].join('\n');
}

function usedMemory(): number {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** The mutant of index `index`: its base and the mutations applied to it, in order. */
export function mutantOf(bases: readonly FuzzBase[], seed: number, index: number) {
  const base = bases[index % bases.length]!;
  const mutations = pickMutations(base.bytes, xorshift32(seedFrom(`${seed}:${index}`)));
  const bytes = mutations.reduce(applyMutation, base.bytes);
  return { base, mutations, bytes };
}

export async function runCampaign(options: CampaignOptions): Promise<CampaignResult> {
  const bases = await fuzzBases();
  const failures: FuzzFailure[] = [];
  const outcomes = new Map<string, number>();
  const baseline = usedMemory();
  const from = options.from ?? 0;
  for (let index = from; index < from + options.count; index += 1) {
    const { base, mutations, bytes } = mutantOf(bases, options.seed, index);
    const verdict = await judgeMutant(base, bytes);
    outcomes.set(verdict.outcome, (outcomes.get(verdict.outcome) ?? 0) + 1);
    const overMemory = usedMemory() - baseline > MEMORY_BOUND_BYTES;
    const problem = verdict.problem ?? (overMemory ? 'memory past the bound' : undefined);
    if (problem !== undefined) failures.push({ index, base: base.name, mutations, problem });
  }
  return { failures, outcomes };
}
