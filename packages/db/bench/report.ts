import { availableParallelism, cpus, loadavg, totalmem } from "node:os";

export interface Measurement {
  label: string;
  ms: number;
  changed: number;
  note?: string;
}

export interface Results {
  ours: Measurement;
  naive: Measurement;
  floor: Measurement;
}

/** The targets of the tiering issue; reported as met or not, never enforced (timings vary by machine). */
const TARGETS = {
  oursMaxSeconds: 5,
  minSpeedUpOverNaive: 20,
  maxRatioToFloor: 2,
} as const;

const count = (n: number) => n.toLocaleString("en-US");
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(3));
const verdict = (met: boolean) => (met ? "met" : "NOT MET");

export function printHeader(lines: Record<string, string>): void {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  const memory = `${(totalmem() / 2 ** 30).toFixed(1)} GiB`;
  const rows: Record<string, string> = {
    machine: `${availableParallelism()} cores (${cpu}), ${memory} RAM, Node ${process.version}`,
    // Other work on the machine slows every run alike but not the ratios much; say how busy it was.
    load: `${loadavg()[0]?.toFixed(2)} (1-minute load average before the run)`,
    ...lines,
  };
  const width = Math.max(...Object.keys(rows).map((key) => key.length));
  console.log("\nShelfloop tiering benchmark");
  for (const [key, value] of Object.entries(rows)) console.log(`  ${key.padEnd(width)}  ${value}`);
}

export function printResults({ ours, naive, floor }: Results): void {
  const runs = [ours, naive, floor];
  const width = Math.max(...runs.map((run) => run.label.length));
  console.log(
    `\n  ${"run".padEnd(width)}  ${"time".padStart(10)}  ${"changed".padStart(10)}  ${"µs/change".padStart(9)}`,
  );
  for (const run of runs) {
    const perChange = run.changed > 0 ? count(Math.round((run.ms * 1000) / run.changed)) : "–";
    const line = `  ${run.label.padEnd(width)}  ${seconds(run.ms).padStart(10)}  ${count(run.changed).padStart(10)}  ${perChange.padStart(9)}`;
    console.log(run.note ? `${line}  ${run.note}` : line);
  }

  const aOverB = ours.ms / naive.ms;
  const speedUp = naive.ms / ours.ms;
  const aOverC = ours.ms / floor.ms;
  console.log("\n  ratios (same run)");
  console.log(`    a/b  ${ratio(aOverB)}`);
  console.log(`    b/a  ${ratio(speedUp)}× speed-up`);
  console.log(`    a/c  ${ratio(aOverC)}`);

  const targets: [string, string, boolean][] = [
    [`(a) ≤ ${TARGETS.oursMaxSeconds} s`, seconds(ours.ms), ours.ms <= TARGETS.oursMaxSeconds * 1000],
    [
      `(a) ≥ ${TARGETS.minSpeedUpOverNaive}× faster than (b)`,
      `${ratio(speedUp)}×`,
      speedUp >= TARGETS.minSpeedUpOverNaive,
    ],
    [`(a) within ${TARGETS.maxRatioToFloor}× of (c)`, `${ratio(aOverC)}×`, aOverC <= TARGETS.maxRatioToFloor],
  ];
  const targetWidth = Math.max(...targets.map(([name]) => name.length));
  console.log("\n  targets");
  for (const [name, value, met] of targets) {
    console.log(`    ${name.padEnd(targetWidth)}  ${value.padStart(10)}  ${verdict(met)}`);
  }
  console.log();
}
