// pnpm sim [--seed N] [--days 90] [--products 200]: replays the four markdown policies on one seeded store.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { formatRun } from "../src/simulator/report";
import { runSimulation } from "../src/simulator/simulate";
import { DEFAULT_SIM_CONFIG } from "../src/simulator/world";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: String(DEFAULT_SIM_CONFIG.seed) },
    days: { type: "string", default: String(DEFAULT_SIM_CONFIG.days) },
    products: { type: "string", default: String(DEFAULT_SIM_CONFIG.products) },
  },
});

const integer = (text: string, name: string) => {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`--${name} 必须是非负整数: ${text}`);
  return value;
};

const started = performance.now();
const run = runSimulation({
  seed: integer(values.seed, "seed"),
  days: integer(values.days, "days"),
  products: integer(values.products, "products"),
});
console.log(formatRun(run));
console.log(`\n用时 ${((performance.now() - started) / 1000).toFixed(2)} 秒`);
