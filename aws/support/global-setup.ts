/**
 * Vitest global setup of the aws project: starts one emulator for every test file, hands its
 * endpoint and the run's seed to the tests (`inject`), and stops the emulator when the run ends.
 */
import type { TestProject } from 'vitest/node';
import { startEmulator } from './emulator';
import { readSeed } from './seed';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The emulator's `http://127.0.0.1:PORT`. */
    awsEndpoint: string;
    /** The fast-check seed every test file draws its cases with. */
    awsSeed: number;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const seed = readSeed();
  const emulator = await startEmulator();
  console.log(
    `aws tier: emulator at ${emulator.endpoint}, seed ${seed} (replay with AWS_TIER_SEED=${seed} npm run test:aws)`,
  );
  project.provide('awsEndpoint', emulator.endpoint);
  project.provide('awsSeed', seed);
  return emulator.stop;
}
