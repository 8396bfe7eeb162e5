import {
  type CalendarDate,
  calendarDateOf,
  gtinKey,
  planReceipt,
  type ReceiptRowDraft,
  type ReceiptRowField,
  type RowError,
  remainingDays,
  todayIn,
  validateReceiptRows,
} from "@shelfloop/core";
import type { Tx } from "../../scope";
import { gtinForms } from "../catalog/gtin-forms";
import { loadTierPolicies, type TenantTierPolicies } from "../tiering/policies";
import { loadWarehouse, requireOpen, type StockWarehouse } from "./context";
import { RECEIPT_PRODUCT_SELECT } from "./product-by-gtin";
import { batchTierOn } from "./tier";

/** A receiving spreadsheet as read in the browser: the header row and the rows below it. */
export interface ReceiptSheet {
  warehouseId: string;
  header: string[];
  rows: string[][];
}

/** A row that can be received as it is. */
export interface PlannedReceiptRow {
  row: number;
  product: { id: string; sku: string; name: string; unit: string; category: string };
  lotCode: string;
  productionDate: CalendarDate;
  expiryDate: CalendarDate;
  quantity: number;
  /** As of the tenant's today, like the tier. */
  remainingDays: number;
  tier: { key: string; name: string; color: string };
  /** The location of the warehouse named in the optional 库位 column. */
  location?: { id: string; code: string } | undefined;
}

export interface ReceiptRowsPlan {
  /** Problems with the file as a whole (missing columns, too many rows); nothing can be received. */
  fileErrors: string[];
  warnings: string[];
  rows: PlannedReceiptRow[];
  errors: RowError[];
}

type Product = PlannedReceiptRow["product"] & { gtin: string | null; shelfLifeDays: number };

/**
 * Checks a receiving file against the catalogue and the warehouse without writing anything: each
 * row's product (by SKU or barcode), its dates resolved with planReceipt exactly as receiving one lot
 * would, expired lots (which need a manager's reason, so cannot come from a file) and lots whose
 * dates contradict the same lot already in the warehouse or earlier in the file.
 */
export async function planReceiptRows(tx: Tx, sheet: ReceiptSheet, now: Date): Promise<ReceiptRowsPlan> {
  const locationColumn = sheet.header.findIndex((title) => LOCATION_TITLES.has(title.trim().toLowerCase()));
  const without = <T>(cells: T[]) => cells.filter((_, index) => index !== locationColumn);
  const validation =
    locationColumn < 0
      ? validateReceiptRows(sheet.header, sheet.rows)
      : validateReceiptRows(without(sheet.header), sheet.rows.map(without));
  const plan: ReceiptRowsPlan = {
    fileErrors: validation.fileErrors,
    warnings: validation.warnings,
    rows: [],
    errors: validation.errors,
  };
  if (plan.fileErrors.length > 0) return plan;
  const warehouse = requireOpen(await loadWarehouse(tx, sheet.warehouseId, now));
  const drafts = validation.valid;
  const products = await productsOf(
    tx,
    drafts.map(({ draft }) => draft),
  );
  const existingLots = await lotsInWarehouse(
    tx,
    warehouse.id,
    [...products.bySku.values(), ...products.byGtin.values()].map((product) => product.id),
    drafts.map(({ draft }) => draft.lotCode),
  );
  const context: RowContext = {
    warehouse,
    tenantToday: todayIn(warehouse.tenantTimezone, now),
    policies: await loadTierPolicies(tx),
    titles: validation.columnTitles,
    lots: existingLots,
  };
  const locations =
    locationColumn < 0
      ? new Map<string, { id: string; code: string }>()
      : new Map(
          (
            await tx.location.findMany({
              where: { warehouseId: warehouse.id, archivedAt: null },
              select: { id: true, code: true },
            })
          ).map((location) => [location.code, location]),
        );
  for (const { row, draft } of drafts) {
    const fail = (field: ReceiptRowField, message: string) =>
      plan.errors.push({ row, column: context.titles[field], message });
    // Rows are numbered from 2 (the header is row 1).
    const code = locationColumn < 0 ? "" : (sheet.rows[row - 2]?.[locationColumn] ?? "").trim().toUpperCase();
    const location = code ? locations.get(code) : undefined;
    if (code && !location) {
      const column = sheet.header[locationColumn] ?? "库位";
      plan.errors.push({
        row,
        column,
        message: `该仓库没有库位「${code}」（或已停用），请先在库位设置中添加`,
      });
      continue;
    }
    const product = matchProduct(draft, products, fail);
    if (!product) continue;
    const planned = planRow(row, draft, product, context, fail);
    if (planned) plan.rows.push(location ? { ...planned, location } : planned);
  }
  plan.errors.sort((a, b) => a.row - b.row);
  return plan;
}

/** Titles of the optional column naming the location each lot is put in. */
const LOCATION_TITLES = new Set(["库位", "库位编码", "location"]);

interface RowContext {
  warehouse: StockWarehouse;
  tenantToday: CalendarDate;
  policies: TenantTierPolicies;
  titles: Record<ReceiptRowField, string>;
  /** Dates of each lot (product + lot code) in the warehouse, then also of rows planned before. */
  lots: Map<string, { row?: number; productionDate: CalendarDate; expiryDate: CalendarDate }>;
}

type Fail = (field: ReceiptRowField, message: string) => void;

const lotKey = (productId: string, lotCode: string) => `${productId}\u0000${lotCode}`;

async function productsOf(tx: Tx, drafts: ReceiptRowDraft[]) {
  const skus = [...new Set(drafts.flatMap((draft) => (draft.sku ? [draft.sku] : [])))];
  const gtins = [...new Set(drafts.flatMap((draft) => (draft.gtin ? gtinForms(draft.gtin) : [])))];
  const rows = await tx.product.findMany({
    where: { OR: [{ sku: { in: skus } }, { gtin: { in: gtins } }] },
    select: { ...RECEIPT_PRODUCT_SELECT, category: true },
    // Later rows overwrite earlier ones in the maps: of two products with one barcode, the active
    // one (then the first SKU) is kept, as in productByGtin.
    orderBy: [{ active: "asc" }, { sku: "desc" }],
  });
  const bySku = new Map<string, Product>();
  const byGtin = new Map<string, Product>();
  for (const product of rows) {
    bySku.set(product.sku, product);
    if (product.gtin) byGtin.set(gtinKey(product.gtin), product);
  }
  return { bySku, byGtin };
}

async function lotsInWarehouse(tx: Tx, warehouseId: string, productIds: string[], lotCodes: string[]) {
  const batches = await tx.batch.findMany({
    where: { warehouseId, productId: { in: productIds }, lotCode: { in: [...new Set(lotCodes)] } },
    select: { productId: true, lotCode: true, productionDate: true, expiryDate: true },
  });
  return new Map(
    batches.map((batch) => [
      lotKey(batch.productId, batch.lotCode),
      {
        productionDate: calendarDateOf(batch.productionDate),
        expiryDate: calendarDateOf(batch.expiryDate),
      },
    ]),
  );
}

function matchProduct(
  draft: ReceiptRowDraft,
  products: Awaited<ReturnType<typeof productsOf>>,
  fail: Fail,
): Product | undefined {
  const bySku = draft.sku === undefined ? undefined : products.bySku.get(draft.sku);
  const byGtin = draft.gtin === undefined ? undefined : products.byGtin.get(gtinKey(draft.gtin));
  if (draft.sku !== undefined && !bySku) {
    fail("sku", `商品目录中没有 SKU「${draft.sku}」，请先新建商品`);
    return undefined;
  }
  if (draft.gtin !== undefined && !byGtin) {
    fail("gtin", `商品目录中没有条码 ${draft.gtin} 的商品，请先新建商品或补填条码`);
    return undefined;
  }
  if (bySku && byGtin && bySku.id !== byGtin.id) {
    fail("gtin", `条码 ${draft.gtin} 属于商品 ${byGtin.sku}，与 SKU「${draft.sku}」不是同一商品`);
    return undefined;
  }
  return bySku ?? byGtin;
}

function planRow(
  row: number,
  draft: ReceiptRowDraft,
  product: Product,
  context: RowContext,
  fail: Fail,
): PlannedReceiptRow | undefined {
  const plan = planReceipt(
    {
      productionDate: draft.productionDate,
      expiryDate: draft.expiryDate,
      shelfLife: { days: product.shelfLifeDays },
      quantity: draft.quantity,
    },
    context.warehouse.today,
    { previewExpired: true },
  );
  if (!plan.ok) {
    for (const error of plan.errors) {
      // The shelf life is the product's: the row's product column is where to look.
      const field = error.field === "shelfLife" ? (draft.sku ? "sku" : "gtin") : error.field;
      fail(field === "managerOverrideReason" ? "expiryDate" : field, error.message);
    }
    return undefined;
  }
  if (plan.remainingDays < 0) {
    fail(
      "expiryDate",
      `该批次已过期 ${-plan.remainingDays} 天（到期日期 ${plan.expiryDate}），不能通过文件收货；` +
        "如确需入库，请由经理在收货页逐批录入并填写原因",
    );
    return undefined;
  }
  const key = lotKey(product.id, draft.lotCode);
  const known = context.lots.get(key);
  if (known && (known.productionDate !== plan.productionDate || known.expiryDate !== plan.expiryDate)) {
    const where = known.row === undefined ? "该仓库已有的" : `第 ${known.row} 行的`;
    fail(
      "lotCode",
      `批号 ${draft.lotCode} 与${where}同一批号日期不一致（生产日期 ${known.productionDate}、到期日期 ${known.expiryDate}），同一批号日期必须相同`,
    );
    return undefined;
  }
  if (!known)
    context.lots.set(key, { row, productionDate: plan.productionDate, expiryDate: plan.expiryDate });
  return {
    row,
    product: {
      id: product.id,
      sku: product.sku,
      name: product.name,
      unit: product.unit,
      category: product.category,
    },
    lotCode: draft.lotCode,
    productionDate: plan.productionDate,
    expiryDate: plan.expiryDate,
    quantity: plan.quantity,
    remainingDays: remainingDays(plan.expiryDate, context.tenantToday),
    tier: batchTierOn(context.policies, product, context.tenantToday)(plan.expiryDate),
  };
}
