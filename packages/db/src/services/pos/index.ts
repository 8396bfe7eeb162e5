export { authenticatePosRequest, type PosAuthResult, type PosCaller, type PosRequest } from "./caller";
export { createPosKey, listPosKeys, type PosKeyRow, revokePosKey } from "./keys";
export { type PosPriceBook, posPriceBook } from "./price-book";
export { type PosReceipt, type PosSaleInput, type PosSaleOutcome, recordPosSale } from "./sale";
export type { PosSaleLine, PosSaleRequest } from "./sale-input";
export { POS_CHANNEL } from "./store-context";
