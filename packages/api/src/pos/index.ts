export type { PosHandlerDeps } from "./authenticate";
export { posOpenApi } from "./openapi";
export { handlePosPriceBook } from "./price-book";
export { handlePosSale, IDEMPOTENCY_KEY_HEADER } from "./sale";
