export { CATEGORIES, type CategorySpec, generateProducts, type Product } from "./catalog";
export {
  type Policy,
  type PolicyResult,
  type PolicyTotals,
  type PriceContext,
  type ProductLedger,
  type SimTrace,
  simulatePolicy,
} from "./engine";
export { FIXED_HALF_OFF, NO_ACTION, POLICIES, SHELFLOOP_ADVISOR, SHELFLOOP_RULES } from "./policies";
export { mulberry32 } from "./prng";
export { formatComparisons, formatRun, formatTable } from "./report";
export { equivalentPercentOff } from "./rule-equivalent";
export { runSimulation, type SimulationRun } from "./simulate";
export { buildWorld, DEFAULT_SIM_CONFIG, type SimConfig, type World } from "./world";
