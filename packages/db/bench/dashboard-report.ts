import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { performance } from "node:perf_hooks";

export interface Sample<T> {
  label: string;
  /** Milliseconds of each timed run, ascending. */
  runs: number[];
  p50: number;
  p95: number;
  /** What the last run returned (for checks). */
  last: T;
}

/** Nearest-rank percentile of ascending values (p95 of 10 runs is the slowest). */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

/** `warmups` untimed runs (plans cached, pages in memory), then `iterations` timed ones, one at a time. */
export async function sample<T>(
  label: string,
  warmups: number,
  iterations: number,
  work: () => Promise<T>,
): Promise<Sample<T>> {
  process.stdout.write(`  ${label.trim()} …`);
  let last = undefined as T;
  for (let i = 0; i < warmups; i += 1) last = await work();
  const runs: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const start = performance.now();
    last = await work();
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  const result = { label, runs, p50: percentile(runs, 50), p95: percentile(runs, 95), last };
  console.log(` p50 ${ms(result.p50)}, p95 ${ms(result.p95)}`);
  return result;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const ratio = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

export function printHeader(lines: Record<string, string>): void {
  const rows: Record<string, string> = {
    machine: `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? "unknown CPU"}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`,
    // Other work on the machine slows every run alike but not the ratios much; say how busy it was.
    load: `${loadavg()[0]?.toFixed(2)} (1-minute load average before the run)`,
    ...lines,
  };
  const width = Math.max(...Object.keys(rows).map((key) => key.length));
  console.log("\nShelfloop reports dashboard benchmark");
  for (const [key, value] of Object.entries(rows)) console.log(`  ${key.padEnd(width)}  ${value}`);
}

/** phase, p50, p95 and the raw baseline's time over each phase's (same run; not for the breakdown rows). */
export function printTable(
  raw: Sample<unknown>,
  samples: Sample<unknown>[],
  withoutRatio: ReadonlySet<Sample<unknown>> = new Set(),
): void {
  const width = Math.max(...samples.map((s) => s.label.length));
  const head = ["p50", "p95", "raw/p50", "raw/p95"];
  console.log(`\n  ${"phase".padEnd(width)}  ${head.map((h) => h.padStart(9)).join("  ")}`);
  for (const s of samples) {
    const cells = [
      ms(s.p50),
      ms(s.p95),
      s === raw ? "1" : withoutRatio.has(s) ? "–" : `${ratio(raw.p50 / s.p50)}×`,
      s === raw ? "1" : withoutRatio.has(s) ? "–" : `${ratio(raw.p95 / s.p95)}×`,
    ];
    console.log(`  ${s.label.padEnd(width)}  ${cells.map((cell) => cell.padStart(9)).join("  ")}`);
  }
}
