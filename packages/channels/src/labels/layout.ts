/** PDF points per millimetre (1 pt = 1/72 inch). */
export const PT_PER_MM = 72 / 25.4;

/** Where labels sit on a page, in millimetres, so it can be checked against the label paper's box. */
export interface LabelLayoutSpec {
  pageWidthMm: number;
  pageHeightMm: number;
  columns: number;
  rows: number;
  labelWidthMm: number;
  labelHeightMm: number;
  /** Offset of the first label from the page's top-left corner. */
  marginLeftMm: number;
  marginTopMm: number;
  gapXMm: number;
  gapYMm: number;
  /** Blank border inside each label; keeps content off die-cut edges and the printer's unprintable rim. */
  paddingXMm: number;
  paddingYMm: number;
}

/**
 * The common Chinese A4 24-up label paper (A4 24格, 70×37 mm, 3×8). The stickers are die-cut edge to edge
 * horizontally (3 × 70 = 210 mm) with 0.5 mm spare at top and bottom, so the printable margin lives inside each
 * label as padding: 4 mm at the sides clears a laser printer's ~4 mm unprintable rim on the outer columns.
 */
export const A4_SHEET_LAYOUT: LabelLayoutSpec = {
  pageWidthMm: 210,
  pageHeightMm: 297,
  columns: 3,
  rows: 8,
  labelWidthMm: 70,
  labelHeightMm: 37,
  marginLeftMm: 0,
  marginTopMm: 0.5,
  gapXMm: 0,
  gapYMm: 0,
  paddingXMm: 4,
  paddingYMm: 2.5,
};

/** One 60×40 mm label per page, the usual roll size of thermal label printers (得力, 佳博, 汉印…). */
export const SINGLE_LABEL_LAYOUT: LabelLayoutSpec = {
  pageWidthMm: 60,
  pageHeightMm: 40,
  columns: 1,
  rows: 1,
  labelWidthMm: 60,
  labelHeightMm: 40,
  marginLeftMm: 0,
  marginTopMm: 0,
  gapXMm: 0,
  gapYMm: 0,
  paddingXMm: 2.5,
  paddingYMm: 2.5,
};

export const LABEL_LAYOUTS = { "a4-sheet": A4_SHEET_LAYOUT, single: SINGLE_LABEL_LAYOUT } as const;

export type LabelLayout = keyof typeof LABEL_LAYOUTS;

export const labelsPerPage = (spec: LabelLayoutSpec) => spec.columns * spec.rows;

export interface RectMm {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box of the `slot`-th label on its page (row-major, from the top left), in mm from the top left. */
export function labelCellMm(spec: LabelLayoutSpec, slot: number): RectMm {
  const col = slot % spec.columns;
  const row = Math.floor(slot / spec.columns);
  return {
    x: spec.marginLeftMm + col * (spec.labelWidthMm + spec.gapXMm),
    y: spec.marginTopMm + row * (spec.labelHeightMm + spec.gapYMm),
    width: spec.labelWidthMm,
    height: spec.labelHeightMm,
  };
}
