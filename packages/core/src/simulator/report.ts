import { formatPercent } from "../metrics/format";
import { periodChange } from "../metrics/period-change";
import { formatFen } from "../money";
import type { PolicyResult } from "./engine";
import type { SimulationRun } from "./simulate";

const HEADERS = ["策略", "报损件数", "报损金额", "营业额", "毛利", "降价成本", "动销率"];

/** Terminal columns: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        char,
      )
        ? 2
        : 1;
  return width;
}

const pad = (text: string, width: number, left: boolean) => {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return left ? text + fill : fill + text;
};

function row(result: PolicyResult): string[] {
  const t = result.totals;
  return [
    result.label,
    t.writeOffUnits.toLocaleString("en-US"),
    formatFen(t.writeOffValueFen),
    formatFen(t.revenueFen),
    formatFen(t.grossMarginFen),
    formatFen(t.markdownFen),
    t.sellThrough === null ? "—" : `${(t.sellThrough * 100).toFixed(1)}%`,
  ];
}

/** The one table: a row per policy, text left-aligned, figures right-aligned. */
export function formatTable(results: readonly PolicyResult[]): string {
  const rows = [HEADERS, ...results.map(row)];
  const widths = HEADERS.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ""))));
  const line = (cells: string[]) => cells.map((cell, c) => pad(cell, widths[c] ?? 0, c === 0)).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(HEADERS), rule, ...results.map((r) => line(row(r)))].join("\n");
}

const sign = (value: number) => (value > 0 ? "+" : value < 0 ? "-" : "");
const signedFen = (fen: number) => `${sign(fen)}${formatFen(Math.abs(fen))}`;
const signedPercent = (ratio: number | null) =>
  ratio === null ? "—" : `${sign(ratio)}${formatPercent(Math.abs(ratio))}`;

/** The two comparisons the issue asks for: (d) vs (a) on write-off value, (d) vs (b) on gross margin. */
export function formatComparisons(results: readonly PolicyResult[]): string[] {
  const byKey = new Map(results.map((r) => [r.key, r.totals]));
  const a = byKey.get("a");
  const b = byKey.get("b");
  const d = byKey.get("d");
  const out: string[] = [];
  if (a && d) {
    const change = periodChange(d.writeOffValueFen, a.writeOffValueFen);
    out.push(`(d) 对比 (a) 报损金额：${signedFen(change.delta)}（${signedPercent(change.ratio)}）`);
  }
  if (b && d) {
    const change = periodChange(d.grossMarginFen, b.grossMarginFen);
    out.push(`(d) 对比 (b) 毛利：${signedFen(change.delta)}（${signedPercent(change.ratio)}）`);
  }
  return out;
}

export function formatRun(run: SimulationRun): string {
  const { seed, days, products, warmUpDays } = run.world.config;
  return [
    `种子 ${seed}，${products} 个商品，预热 ${warmUpDays} 天后统计 ${days} 天`,
    "",
    formatTable(run.results),
    "",
    ...formatComparisons(run.results),
  ].join("\n");
}
