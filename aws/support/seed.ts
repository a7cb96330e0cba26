/** The seed of a run's random cases: `AWS_TIER_SEED` to replay one, otherwise a fresh one. */
export function readSeed(env: Record<string, string | undefined> = process.env): number {
  const given = env.AWS_TIER_SEED;
  if (given === undefined || given === '') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(given);
  if (!Number.isSafeInteger(seed))
    throw new Error(`AWS_TIER_SEED must be an integer, not ${given}`);
  return seed;
}
