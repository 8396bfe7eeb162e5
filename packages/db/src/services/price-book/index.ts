export { toActivePromotion } from "./active-promotion";
export { badgeOf } from "./entries";
export { type OutboxMessage, relayOutbox } from "./outbox";
export { loadPricingContext, type PricingContext } from "./pricing-context";
export { PRICE_BOOK_PUBLISHED, publishPriceBook } from "./publish";
export {
  currentPriceBook,
  type PriceBookEntry,
  type PriceBookRemoval,
  priceBookDelta,
  priceBookVersion,
} from "./read";
