import { type Policy, type PolicyResult, simulatePolicy } from "./engine";
import { POLICIES } from "./policies";
import { buildWorld, type SimConfig, type World } from "./world";

export interface SimulationRun {
  readonly world: World;
  readonly results: readonly PolicyResult[];
}

/** Builds the world once from the seed, then replays every policy on it (common random numbers). */
export function runSimulation(
  config: Partial<SimConfig> = {},
  policies: readonly Policy[] = POLICIES,
): SimulationRun {
  const world = buildWorld(config);
  return { world, results: policies.map((policy) => simulatePolicy(world, policy)) };
}
