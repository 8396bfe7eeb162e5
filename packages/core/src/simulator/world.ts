import { addDays, type CalendarDate } from "../calendar";
import { generateProducts, type Product } from "./catalog";
import { type Draws, drawAll } from "./draws";

export interface SimConfig {
  readonly seed: number;
  /** Days measured, after the warm-up. */
  readonly days: number;
  readonly products: number;
  /** Days run with no policy first, so the advisor has history and stock has mixed ages. */
  readonly warmUpDays: number;
  /** First day of the warm-up; a Monday. */
  readonly startDate: CalendarDate;
}

export const DEFAULT_SIM_CONFIG: SimConfig = {
  seed: 1,
  days: 90,
  products: 200,
  warmUpDays: 28,
  startDate: "2026-01-05",
};

/** Everything fixed before the first policy runs: the assortment and every random draw. */
export interface World {
  readonly config: SimConfig;
  readonly totalDays: number;
  readonly dates: readonly CalendarDate[];
  readonly products: readonly Product[];
  readonly draws: Draws;
}

export function buildWorld(overrides: Partial<SimConfig> = {}): World {
  const config = { ...DEFAULT_SIM_CONFIG, ...overrides };
  for (const [key, value] of Object.entries(config)) {
    if (key !== "startDate" && (!Number.isSafeInteger(value) || (value as number) < 0)) {
      throw new RangeError(`模拟参数 ${key} 必须是非负整数: ${value}`);
    }
  }
  if (config.products < 1 || config.days < 1) throw new RangeError("至少模拟 1 个商品、1 天");
  const totalDays = config.warmUpDays + config.days;
  const products = generateProducts(config.seed, config.products);
  return {
    config,
    totalDays,
    dates: Array.from({ length: totalDays }, (_, day) => addDays(config.startDate, day)),
    products,
    draws: drawAll(config.seed, products, totalDays),
  };
}
