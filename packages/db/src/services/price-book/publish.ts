import type { Tx } from "../../scope";
import { dbDate, toJson } from "../promotions/json";
import { termsOf, validWindow } from "./active-promotion";
import { badgeOf, loadPromotion, partnerName, shelfPriceFen } from "./entries";

export const PRICE_BOOK_PUBLISHED = "pricebook.published";

export interface PublishInput {
  tenantId: string;
  /** Why, e.g. the promotion's audit action "promotion.activated". */
  reason: string;
  promotionId: string;
}

/**
 * Publishes the tenant's next price-book version for a promotion that just became ACTIVE (its
 * entries added, one per channel) or stopped being ACTIVE (its open entries removed). Runs in the
 * transaction of the promotion change, so a rolled-back change publishes nothing; the version is
 * bumped on the tenant row, whose lock makes versions gap-free and ordered by commit. The outbox row
 * announces the version once the transaction commits.
 */
export async function publishPriceBook(tx: Tx, input: PublishInput): Promise<number> {
  const [bumped] = await tx.$queryRaw<{ version: number; timezone: string }[]>`
    UPDATE tenants SET price_book_version = price_book_version + 1
     WHERE id = ${input.tenantId}::uuid
     RETURNING price_book_version AS version, timezone`;
  if (!bumped) throw new Error(`tenant ${input.tenantId} is not visible to publish its price book`);
  const { version, timezone } = bumped;
  const promotion = await loadPromotion(tx, input.promotionId);
  if (promotion.status === "ACTIVE") {
    const window = validWindow(promotion, timezone);
    const terms = termsOf(promotion);
    const badge = badgeOf(terms, await partnerName(tx, terms, promotion.batch.productId));
    await tx.priceBookEntry.createMany({
      data: promotion.channels.map((channel) => ({
        tenantId: input.tenantId,
        channel,
        productId: promotion.batch.productId,
        batchId: promotion.batchId,
        promotionId: promotion.id,
        priceFen: shelfPriceFen(promotion, channel, timezone),
        originalPriceFen: promotion.batch.product.listPriceFen,
        badge,
        validFrom: dbDate(window.validFrom),
        validTo: dbDate(window.validTo),
        addedVersion: version,
      })),
    });
  } else {
    await tx.priceBookEntry.updateMany({
      where: { promotionId: promotion.id, removedVersion: null },
      data: { removedVersion: version },
    });
  }
  await tx.priceBookVersion.create({
    data: { tenantId: input.tenantId, version, reason: input.reason, promotionId: promotion.id },
  });
  await tx.outboxEvent.create({
    data: {
      tenantId: input.tenantId,
      topic: PRICE_BOOK_PUBLISHED,
      payload: toJson({ tenantId: input.tenantId, version }),
    },
  });
  return version;
}
