import {
  fenToYuanText,
  type Parsed,
  parseActive,
  parseGtin,
  parseShelfLifeDays,
  parseYuanToFen,
} from "./cells";
import type { CsvCell } from "./csv";

/** A product's importable fields, as stored (money in integer fen). */
export type ProductValues = {
  sku: string;
  gtin: string | null;
  name: string;
  category: string;
  shelfLifeDays: number;
  unit: string;
  costFen: number;
  listPriceFen: number;
  active: boolean;
};

export type ProductField = keyof ProductValues;

type ColumnSpec<F extends ProductField> = {
  /** The header the export writes and error messages use when the file has no such column. */
  label: string;
  /** Required columns must be present and their cells filled; optional blanks mean "not given". */
  required: boolean;
  aliases: readonly string[];
  /** Parses a trimmed, non-blank cell. */
  parse: (text: string) => Parsed<ProductValues[F]>;
  exportCell: (product: ProductValues) => CsvCell;
};

const text = (value: string): Parsed<string> => ({ value });

/** The catalogue columns in file order; the single source for import aliases and the export layout. */
export const CATALOGUE_COLUMNS: { readonly [F in ProductField]: ColumnSpec<F> } = {
  sku: {
    label: "SKU",
    required: true,
    aliases: ["商品编码", "商品编号", "货号"],
    parse: text,
    exportCell: (product) => product.sku,
  },
  gtin: {
    label: "条码",
    required: false,
    aliases: ["GTIN", "商品条码", "条形码", "EAN", "barcode"],
    parse: parseGtin,
    exportCell: (product) => product.gtin,
  },
  name: {
    label: "名称",
    required: true,
    aliases: ["商品名称", "品名", "name", "product name"],
    parse: text,
    exportCell: (product) => product.name,
  },
  category: {
    label: "品类",
    required: true,
    aliases: ["分类", "商品分类", "类别", "category"],
    parse: text,
    exportCell: (product) => product.category,
  },
  shelfLifeDays: {
    label: "保质期(天)",
    required: true,
    aliases: ["保质期", "保质期天数", "shelf_life_days", "shelf life", "shelf life (days)"],
    parse: parseShelfLifeDays,
    exportCell: (product) => product.shelfLifeDays,
  },
  unit: {
    label: "单位",
    required: false,
    aliases: ["unit"],
    parse: text,
    exportCell: (product) => product.unit,
  },
  costFen: {
    label: "成本价(元)",
    required: true,
    aliases: ["成本价", "成本", "cost", "cost price"],
    parse: parseYuanToFen,
    exportCell: (product) => fenToYuanText(product.costFen),
  },
  listPriceFen: {
    label: "零售价(元)",
    required: true,
    aliases: ["零售价", "售价(元)", "售价", "list_price", "list price", "price"],
    parse: parseYuanToFen,
    exportCell: (product) => fenToYuanText(product.listPriceFen),
  },
  active: {
    label: "状态",
    required: false,
    aliases: ["是否启用", "active", "status"],
    parse: parseActive,
    exportCell: (product) => (product.active ? "启用" : "停用"),
  },
};

export const PRODUCT_FIELDS = Object.keys(CATALOGUE_COLUMNS) as ProductField[];
