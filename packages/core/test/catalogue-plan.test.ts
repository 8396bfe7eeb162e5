import { describe, expect, it } from "vitest";
import { gtinCheckDigit, type ProductValues, planCatalogueImport, type ValidRow } from "../src";

type Existing = ProductValues & { id: string };

const product = (sku: string, overrides: Partial<Existing> = {}): Existing => ({
  id: `id-${sku}`,
  sku,
  gtin: null,
  name: `商品 ${sku}`,
  category: "乳品",
  shelfLifeDays: 30,
  unit: "件",
  costFen: 100,
  listPriceFen: 200,
  active: true,
  ...overrides,
});

const draft = (row: number, sku: string, overrides: Partial<ValidRow["draft"]> = {}): ValidRow => ({
  row,
  draft: {
    sku,
    name: `商品 ${sku}`,
    category: "乳品",
    shelfLifeDays: 30,
    costFen: 100,
    listPriceFen: 200,
    ...overrides,
  },
});

const plan = (valid: ValidRow[], existing: Existing[]) =>
  planCatalogueImport({ valid, columnTitles: {} }, existing);

function gtin13(n: number): string {
  const body = `690${String(n).padStart(9, "0")}`;
  return `${body}${gtinCheckDigit(body)}`;
}

describe("planCatalogueImport", () => {
  it("creates unknown SKUs with the schema defaults for what the file left out", () => {
    const { id: _, ...values } = product("NEW");
    expect(plan([draft(2, "NEW")], []).rows).toEqual([{ action: "create", row: 2, values }]);
  });

  it("updates a known SKU, listing the changed fields and keeping what the file left out", () => {
    const existing = product("A", { gtin: gtin13(1), unit: "盒", active: false });
    const result = plan([draft(2, "A", { listPriceFen: 250, name: "新名称" })], [existing]);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        action: "update",
        row: 2,
        existing,
        changes: ["name", "listPriceFen"],
        values: {
          ...draft(2, "A", { listPriceFen: 250, name: "新名称" }).draft,
          gtin: gtin13(1),
          unit: "盒",
          active: false,
        },
      },
    ]);
  });

  it("marks rows that match the catalogue as unchanged", () => {
    const existing = product("A", { gtin: gtin13(1) });
    const result = plan([draft(2, "A", { gtin: gtin13(1), unit: "件", active: true })], [existing]);
    expect(result.rows).toEqual([{ action: "unchanged", row: 2, existing }]);
  });

  it("refuses a GTIN that another SKU already has, also when padded to GTIN-14", () => {
    const result = planCatalogueImport(
      {
        valid: [draft(2, "B", { gtin: gtin13(1) }), draft(3, "C", { gtin: `0${gtin13(1)}` })],
        columnTitles: { gtin: "商品条码" },
      },
      [product("A", { gtin: gtin13(1) })],
    );
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { row: 2, column: "商品条码", message: `条码 ${gtin13(1)} 已被商品「A」使用` },
      { row: 3, column: "商品条码", message: `条码 0${gtin13(1)} 已被商品「A」使用` },
    ]);
  });

  it("lets a product keep or change its own GTIN", () => {
    const existing = [product("A", { gtin: gtin13(1) }), product("B")];
    const result = plan([draft(2, "A", { gtin: gtin13(2) }), draft(3, "B")], existing);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((planned) => planned.action)).toEqual(["update", "unchanged"]);
  });

  it("plans 10,000 rows correctly", () => {
    const existing = Array.from({ length: 10_000 }, (_, i) => product(`S${i}`, { gtin: gtin13(i) }));
    // Even rows: existing SKUs, every fourth one repriced. Odd rows: new SKUs; every 1000th takes a used GTIN.
    const valid = Array.from({ length: 10_000 }, (_, i) =>
      i % 2 === 0
        ? draft(i + 2, `S${i}`, { gtin: gtin13(i), listPriceFen: i % 4 === 0 ? 999 : 200 })
        : draft(i + 2, `N${i}`, { gtin: i % 1000 === 1 ? gtin13(0) : gtin13(100_000 + i) }),
    );
    const result = plan(valid, existing);

    const count = (action: string) => result.rows.filter((planned) => planned.action === action).length;
    expect(count("update")).toBe(2500);
    expect(count("unchanged")).toBe(2500);
    expect(count("create")).toBe(4990);
    expect(result.errors).toHaveLength(10);
    expect(result.errors[0]).toMatchObject({ row: 3, column: "条码" });
  });
});
