export { FONT_BOLD, FONT_REGULAR, type LabelFonts } from "./fonts";
export * from "./layout";
export * from "./money";
export { QR_MAX_MODULES, QR_QUIET_ZONE_MODULES } from "./qr";
export * from "./render";
export * from "./types";
export { MAX_LABELS_PER_RENDER } from "./validate";
