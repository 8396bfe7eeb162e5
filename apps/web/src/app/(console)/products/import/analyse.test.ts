import { catalogueCsv, gtinCheckDigit, type ProductValues } from "@shelfloop/core";
import { describe, expect, it } from "vitest";
import { analyseCatalogueFile } from "./analyse";

const milk: ProductValues = {
  sku: "SKU-1",
  gtin: "6901234567892",
  name: "鲜牛奶",
  category: "乳制品",
  shelfLifeDays: 14,
  unit: "盒",
  costFen: 1050,
  listPriceFen: 1590,
  active: true,
};

const csvFile = (text: string) => new Blob([text]);

describe("analyseCatalogueFile", () => {
  it("counts creates, updates, unchanged and error rows, and keeps the valid rows to send", async () => {
    const body = "690000000001";
    const file = csvFile(
      [
        "SKU,条码,名称,品类,保质期(天),成本价(元),零售价(元)",
        "SKU-1,6901234567892,鲜牛奶,乳制品,14,10.50,15.90",
        "SKU-2,,酸奶,乳制品,21,3,5",
        `SKU-3,${body}${(gtinCheckDigit(body) + 1) % 10},面包,烘焙,5,2,4`,
        "SKU-4,,蛋糕,烘焙,3,2,12.345",
        "SKU-5,,饼干,烘焙,180,2,4",
      ].join("\n"),
    );
    const preview = await analyseCatalogueFile(file, "a.csv", [milk]);
    expect(preview.fileErrors).toEqual([]);
    expect(preview.counts).toEqual({ create: 2, update: 0, unchanged: 1, errorRows: 2 });
    expect(preview.errors.map(({ row, column }) => [row, column])).toEqual([
      [4, "条码"],
      [5, "零售价(元)"],
    ]);
    expect(preview.rows.map(({ row }) => row)).toEqual([2, 3, 6]);
    expect(preview.rows[1]?.cells).toEqual(["SKU-2", "", "酸奶", "乳制品", "21", "3", "5"]);
    expect(preview.samples.map(({ row, action }) => [row, action])).toEqual([
      [3, "create"],
      [6, "create"],
    ]);
  });

  it("lists an update's changed fields next to the product as it is", async () => {
    const preview = await analyseCatalogueFile(
      csvFile(catalogueCsv([{ ...milk, listPriceFen: 1690 }])),
      "b.csv",
      [milk],
    );
    expect(preview.samples).toEqual([
      {
        row: 2,
        action: "update",
        values: { ...milk, listPriceFen: 1690 },
        existing: milk,
        changes: ["listPriceFen"],
      },
    ]);
  });

  it("turns an unreadable file into a file error", async () => {
    const preview = await analyseCatalogueFile(csvFile("x"), "old.xls", []);
    expect(preview.fileErrors).toEqual([expect.stringContaining(".xls")]);
    expect(preview.rows).toEqual([]);
  });
});
